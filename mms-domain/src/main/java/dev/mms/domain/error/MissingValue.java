package dev.mms.domain.error;

import java.util.Objects;

/** A required value that was not given. */
public record MissingValue(String field) implements DomainError {
  public MissingValue {
    Objects.requireNonNull(field, "field");
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.VALIDATION;
  }

  @Override
  public String code() {
    return "MissingParameter";
  }

  @Override
  public String message() {
    return field + " is required";
  }
}
