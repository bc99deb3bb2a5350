package dev.mms.domain.name;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import io.vavr.control.Validation;
import java.util.Optional;

/** The one rule every name follows: present, at most 256 characters, no control characters. */
public final class NameRules {
  public static final int MAX_LENGTH = 256;

  private NameRules() {}

  /** Why {@code raw} is not a name, or empty when it is one. */
  public static Optional<String> problem(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (raw.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (raw.chars().anyMatch(Character::isISOControl)) {
      return Optional.of("must not contain control characters");
    }
    return Optional.empty();
  }

  static String require(String field, String raw) {
    problem(raw).ifPresent(p -> {
      throw new IllegalArgumentException(field + " " + p + ": " + raw);
    });
    return raw;
  }

  static Validation<DomainError, String> validate(String field, String raw) {
    if (raw == null || raw.isEmpty()) {
      return Validation.invalid(new MissingValue(field));
    }
    return problem(raw)
        .<Validation<DomainError, String>>map(p -> Validation.invalid(new InvalidValue(field, p)))
        .orElseGet(() -> Validation.valid(raw));
  }
}
