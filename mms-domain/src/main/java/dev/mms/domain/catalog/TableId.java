package dev.mms.domain.catalog;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a source table: a positive int64, as on the MMS wire. */
public record TableId(long value) implements Comparable<TableId> {
  public TableId {
    if (value <= 0) {
      throw new IllegalArgumentException("TableId must be positive: " + value);
    }
  }

  public static Validation<DomainError, TableId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new TableId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(TableId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
