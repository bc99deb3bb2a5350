package dev.mms.application.service.scheduler;

import dev.mms.domain.task.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How a process runs tasks: its name (the prefix of every lease owner, unique among the
 * processes sharing a store), worker threads, live leases per data source, lease length, how
 * often idle workers look for work and running tasks are checked, and the automatic retries.
 */
public record SchedulerSettings(
    String processName, int workers, int perSourceLimit, Duration lease, Duration pollInterval,
    RetryPolicy retry) {
  public static final int DEFAULT_WORKERS = 4;
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
  public static final Duration DEFAULT_POLL = Duration.ofSeconds(1);

  public SchedulerSettings {
    Objects.requireNonNull(processName, "processName");
    if (processName.isBlank()) {
      throw new IllegalArgumentException("processName must not be blank");
    }
    if (workers < 1 || perSourceLimit < 1) {
      throw new IllegalArgumentException("workers and perSourceLimit must be >= 1");
    }
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (lease.isNegative() || lease.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("lease and pollInterval must be positive");
    }
    Objects.requireNonNull(retry, "retry");
  }

  /** 4 workers, 4 leases per source, 60 s leases, 1 s polls, 3 automatic retries. */
  public static SchedulerSettings defaults(String processName) {
    return new SchedulerSettings(processName, DEFAULT_WORKERS, DEFAULT_WORKERS, DEFAULT_LEASE,
        DEFAULT_POLL, RetryPolicy.DEFAULT);
  }
}
