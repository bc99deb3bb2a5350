package dev.mms.domain.catalog;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a source partition: a positive int64, as on the MMS wire. */
public record PartitionId(long value) implements Comparable<PartitionId> {
  public PartitionId {
    if (value <= 0) {
      throw new IllegalArgumentException("PartitionId must be positive: " + value);
    }
  }

  public static Validation<DomainError, PartitionId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new PartitionId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(PartitionId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
