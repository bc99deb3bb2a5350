package dev.mms.domain.error;

import java.util.Objects;

/** A value that was given but cannot be accepted. */
public record InvalidValue(String field, String reason) implements DomainError {
  public InvalidValue {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.VALIDATION;
  }

  @Override
  public String code() {
    return "InvalidParameter";
  }

  @Override
  public String message() {
    return field + ": " + reason;
  }
}
