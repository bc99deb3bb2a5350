package dev.mms.domain.timer;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a timer log row: a positive int64, as on the MMS wire. */
public record TimerLogId(long value) implements Comparable<TimerLogId> {
  public TimerLogId {
    if (value <= 0) {
      throw new IllegalArgumentException("TimerLogId must be positive: " + value);
    }
  }

  public static Validation<DomainError, TimerLogId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new TimerLogId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(TimerLogId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
