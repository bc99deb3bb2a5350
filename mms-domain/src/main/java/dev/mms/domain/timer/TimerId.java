package dev.mms.domain.timer;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a timer: a positive int64, as on the MMS wire. */
public record TimerId(long value) implements Comparable<TimerId> {
  public TimerId {
    if (value <= 0) {
      throw new IllegalArgumentException("TimerId must be positive: " + value);
    }
  }

  public static Validation<DomainError, TimerId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new TimerId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(TimerId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
