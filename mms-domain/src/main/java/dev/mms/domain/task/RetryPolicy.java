package dev.mms.domain.task;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how soon a failed phase is retried by itself ({@code task.retry.max}, default 3):
 * the n-th automatic retry waits {@code base * 2^n}, at most {@code cap}.
 */
public record RetryPolicy(int maxRetries, Duration base, Duration cap) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5));

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0");
    }
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || cap.isNegative()) {
      throw new IllegalArgumentException("backoff must not be negative");
    }
  }

  /** The wait before automatic retry number {@code done + 1}. */
  public Duration backoff(int done) {
    var wait = base.multipliedBy(1L << Math.min(done, 20));
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
