package dev.mms.domain.catalog;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a source database: a positive int64, as on the MMS wire. */
public record DatabaseId(long value) implements Comparable<DatabaseId> {
  public DatabaseId {
    if (value <= 0) {
      throw new IllegalArgumentException("DatabaseId must be positive: " + value);
    }
  }

  public static Validation<DomainError, DatabaseId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new DatabaseId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(DatabaseId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
