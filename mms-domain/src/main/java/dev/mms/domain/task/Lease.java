package dev.mms.domain.task;

import java.time.Instant;
import java.util.Objects;

/** A worker's claim on a task until {@code expiresAt}; an expired lease holds nothing. */
public record Lease(String owner, Instant expiresAt) {
  public Lease {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (owner.isBlank()) {
      throw new IllegalArgumentException("a lease needs an owner");
    }
  }

  public boolean liveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
