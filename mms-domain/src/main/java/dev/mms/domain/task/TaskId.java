package dev.mms.domain.task;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a migration task: a positive int64, as on the MMS wire. */
public record TaskId(long value) implements Comparable<TaskId> {
  public TaskId {
    if (value <= 0) {
      throw new IllegalArgumentException("TaskId must be positive: " + value);
    }
  }

  public static Validation<DomainError, TaskId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new TaskId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(TaskId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
