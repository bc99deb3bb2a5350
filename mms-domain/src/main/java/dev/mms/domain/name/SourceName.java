package dev.mms.domain.name;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Validation;

/** A data source name. */
public record SourceName(String value) implements Comparable<SourceName> {
  public SourceName {
    NameRules.require("name", value);
  }

  public static Validation<DomainError, SourceName> of(String raw) {
    return of("name", raw);
  }

  /** Validates {@code raw} and names {@code field} in the error. */
  public static Validation<DomainError, SourceName> of(String field, String raw) {
    return NameRules.validate(field, raw).map(SourceName::new);
  }

  @Override
  public int compareTo(SourceName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
