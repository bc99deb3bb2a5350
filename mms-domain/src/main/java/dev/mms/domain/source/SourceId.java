package dev.mms.domain.source;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a data source: a positive int64, as on the MMS wire. */
public record SourceId(long value) implements Comparable<SourceId> {
  public SourceId {
    if (value <= 0) {
      throw new IllegalArgumentException("SourceId must be positive: " + value);
    }
  }

  public static Validation<DomainError, SourceId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new SourceId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(SourceId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
