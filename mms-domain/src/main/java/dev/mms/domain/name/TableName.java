package dev.mms.domain.name;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Validation;

/** A table name. */
public record TableName(String value) implements Comparable<TableName> {
  public TableName {
    NameRules.require("tableName", value);
  }

  public static Validation<DomainError, TableName> of(String raw) {
    return of("tableName", raw);
  }

  /** Validates {@code raw} and names {@code field} in the error. */
  public static Validation<DomainError, TableName> of(String field, String raw) {
    return NameRules.validate(field, raw).map(TableName::new);
  }

  @Override
  public int compareTo(TableName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
