package dev.mms.domain.job;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a migration job: a positive int64, as on the MMS wire. */
public record JobId(long value) implements Comparable<JobId> {
  public JobId {
    if (value <= 0) {
      throw new IllegalArgumentException("JobId must be positive: " + value);
    }
  }

  public static Validation<DomainError, JobId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new JobId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(JobId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
