package dev.mms.adapter.jdbc.sql;

import java.time.Instant;
import java.util.Optional;

/**
 * Instants as stored: nanoseconds since the epoch in a BIGINT, exact on every database and free
 * of time-zone conversions (years 1677 to 2262).
 */
public final class Times {
  private static final long NANOS = 1_000_000_000L;

  private Times() {}

  public static long nanos(Instant at) {
    try {
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), NANOS), at.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the mms store keeps instants between 1677 and 2262, got " + at, e);
    }
  }

  /** A query bound: instants beyond the stored range become the range's ends. */
  public static long bound(Instant at) {
    if (at.isBefore(Instant.ofEpochSecond(-9_223_372_036L))) {
      return Long.MIN_VALUE;
    }
    if (at.isAfter(Instant.ofEpochSecond(9_223_372_035L))) {
      return Long.MAX_VALUE;
    }
    return nanos(at);
  }

  public static Long nanos(Optional<Instant> at) {
    return at.map(Times::nanos).orElse(null);
  }

  public static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  public static Optional<Instant> instant(Long nanos) {
    return Optional.ofNullable(nanos).map(n -> instant(n.longValue()));
  }
}
