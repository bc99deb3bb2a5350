package dev.mms.domain.async;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a async task (job creation, stop, scan or connection test): a positive int64, as on the MMS wire. */
public record AsyncTaskId(long value) implements Comparable<AsyncTaskId> {
  public AsyncTaskId {
    if (value <= 0) {
      throw new IllegalArgumentException("AsyncTaskId must be positive: " + value);
    }
  }

  public static Validation<DomainError, AsyncTaskId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new AsyncTaskId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(AsyncTaskId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
