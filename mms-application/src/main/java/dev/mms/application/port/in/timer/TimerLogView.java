package dev.mms.application.port.in.timer;

import dev.mms.domain.job.JobStatus;
import dev.mms.domain.timer.TimerLog;
import java.util.Objects;
import java.util.Optional;

/**
 * A timer log row with the status of the job its firing created: INIT while the job is still being
 * stored, FAILED when storing it failed, then the job's derived status; none when the firing
 * created no job, or the job is gone.
 */
public record TimerLogView(TimerLog log, Optional<JobStatus> jobStatus) {
  public TimerLogView {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(jobStatus, "jobStatus");
  }
}
