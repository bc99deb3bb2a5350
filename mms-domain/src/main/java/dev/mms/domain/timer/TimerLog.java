package dev.mms.domain.timer;

import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One firing of a timer: what it did and the job it created, if any. */
public record TimerLog(
    TimerLogId id, TimerId timerId, SourceId sourceId, Optional<JobId> jobId, String action,
    String msg, Instant createTime) {
  public TimerLog {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(msg, "msg");
    Objects.requireNonNull(createTime, "createTime");
  }
}
