package dev.mms.domain.task;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Identifier of a task log row: a positive int64, as on the MMS wire. */
public record TaskLogId(long value) implements Comparable<TaskLogId> {
  public TaskLogId {
    if (value <= 0) {
      throw new IllegalArgumentException("TaskLogId must be positive: " + value);
    }
  }

  public static Validation<DomainError, TaskLogId> of(String field, long raw) {
    return raw > 0
        ? Validation.valid(new TaskLogId(raw))
        : Validation.invalid(new InvalidValue(field, "must be a positive id, got " + raw));
  }

  @Override
  public int compareTo(TaskLogId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
