package dev.mms.application.port.in.timer;

import dev.mms.domain.job.JobStatus;
import dev.mms.domain.timer.TimerLog;
import java.util.Objects;
import java.util.Optional;

/** A timer log row with the current status of the job it created (none when it created none, or the job is gone). */
public record TimerLogView(TimerLog log, Optional<JobStatus> jobStatus) {
  public TimerLogView {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(jobStatus, "jobStatus");
  }
}
