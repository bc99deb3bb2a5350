package dev.mms.domain.error;

import java.util.Objects;

/** An entity that does not exist (or not under the data source it was asked for). */
public record NotFound(String entity, String id) implements DomainError {
  public NotFound {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(id, "id");
  }

  public static NotFound of(String entity, Object id) {
    return new NotFound(entity, String.valueOf(id));
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.NOT_FOUND;
  }

  @Override
  public String code() {
    return "EntityNotExist." + entity;
  }

  @Override
  public String message() {
    return entity + " " + id + " does not exist";
  }
}
