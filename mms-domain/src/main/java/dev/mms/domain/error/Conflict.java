package dev.mms.domain.error;

import java.util.Objects;

/** A request that is well-formed but clashes with what is stored (a duplicate, a lost lease). */
public record Conflict(String reason) implements DomainError {
  public Conflict {
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.CONFLICT;
  }

  @Override
  public String code() {
    return "Conflict";
  }

  @Override
  public String message() {
    return reason;
  }
}
