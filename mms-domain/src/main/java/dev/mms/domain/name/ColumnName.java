package dev.mms.domain.name;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Validation;

/** A column name. */
public record ColumnName(String value) implements Comparable<ColumnName> {
  public ColumnName {
    NameRules.require("columnName", value);
  }

  public static Validation<DomainError, ColumnName> of(String raw) {
    return of("columnName", raw);
  }

  /** Validates {@code raw} and names {@code field} in the error. */
  public static Validation<DomainError, ColumnName> of(String field, String raw) {
    return NameRules.validate(field, raw).map(ColumnName::new);
  }

  @Override
  public int compareTo(ColumnName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
