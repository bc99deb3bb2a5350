package dev.mms.domain.name;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Validation;

/** A timer name. */
public record TimerName(String value) implements Comparable<TimerName> {
  public TimerName {
    NameRules.require("name", value);
  }

  public static Validation<DomainError, TimerName> of(String raw) {
    return of("name", raw);
  }

  /** Validates {@code raw} and names {@code field} in the error. */
  public static Validation<DomainError, TimerName> of(String field, String raw) {
    return NameRules.validate(field, raw).map(TimerName::new);
  }

  @Override
  public int compareTo(TimerName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
