package dev.mms.domain.timer;

import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One firing of a timer: what it did and, when it went on to create a job, the async task
 * (TASK_CREATE) storing that job, whose object is the job once it is DONE.
 */
public record TimerLog(
    TimerLogId id, TimerId timerId, SourceId sourceId, Optional<AsyncTaskId> asyncTaskId,
    String action, String msg, Instant createTime) {
  public TimerLog {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(asyncTaskId, "asyncTaskId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(msg, "msg");
    Objects.requireNonNull(createTime, "createTime");
  }
}
