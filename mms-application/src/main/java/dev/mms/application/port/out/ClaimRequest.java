package dev.mms.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A worker asking for up to {@code max} tasks, leased to {@code owner} until {@code leaseUntil}.
 * {@code perSourceLimit} caps the live leases per data source, counting those already held by
 * anyone.
 */
public record ClaimRequest(String owner, Instant now, Instant leaseUntil, int max, int perSourceLimit) {
  public ClaimRequest {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    if (!leaseUntil.isAfter(now) || max < 1 || perSourceLimit < 1) {
      throw new IllegalArgumentException("bad claim request");
    }
  }
}
