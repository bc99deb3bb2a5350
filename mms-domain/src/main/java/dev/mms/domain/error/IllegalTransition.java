package dev.mms.domain.error;

import java.util.Objects;

/** An event that the state machine of an entity does not allow from its current state. */
public record IllegalTransition(String entity, String from, String event) implements DomainError {
  public IllegalTransition {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(event, "event");
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.CONFLICT;
  }

  @Override
  public String code() {
    return "IllegalStateTransition";
  }

  @Override
  public String message() {
    return entity + " in state " + from + " does not accept " + event;
  }
}
