package dev.mms.domain.name;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Validation;

/** A database name. */
public record DatabaseName(String value) implements Comparable<DatabaseName> {
  public DatabaseName {
    NameRules.require("dbName", value);
  }

  public static Validation<DomainError, DatabaseName> of(String raw) {
    return of("dbName", raw);
  }

  /** Validates {@code raw} and names {@code field} in the error. */
  public static Validation<DomainError, DatabaseName> of(String field, String raw) {
    return NameRules.validate(field, raw).map(DatabaseName::new);
  }

  @Override
  public int compareTo(DatabaseName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
