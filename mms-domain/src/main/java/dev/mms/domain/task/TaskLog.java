package dev.mms.domain.task;

import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a task's history: the status it entered (or was in), what ran ({@code action}: a
 * step name or the SQL text) and the result ({@code msg}: {@code ok}, counts, or the error).
 */
public record TaskLog(
    TaskLogId id, TaskId taskId, SourceId sourceId, TaskStatus status, String action, String msg,
    Instant createTime) {
  public TaskLog {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(msg, "msg");
    Objects.requireNonNull(createTime, "createTime");
  }
}
