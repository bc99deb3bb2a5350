package dev.mms.domain.job;

import java.util.Objects;

/** A job with the tally of its tasks: what GetMmsJob and ListMmsJobs show. */
public record JobSummary(Job job, TaskTally tally) {
  public JobSummary {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(tally, "tally");
  }

  public JobStatus status() {
    return tally.status();
  }
}
