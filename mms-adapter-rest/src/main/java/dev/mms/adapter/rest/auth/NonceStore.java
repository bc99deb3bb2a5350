package dev.mms.adapter.rest.auth;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The signature nonces seen while their request could still pass the date check. A nonce is
 * remembered until its request's {@code x-acs-date} leaves the window; after that the date check
 * refuses a replay by itself, so the nonce is forgotten. The store is bounded: when it is full of
 * live nonces a new request is refused rather than a live nonce dropped.
 */
final class NonceStore {
  enum Outcome {
    ACCEPTED,
    REPLAYED,
    FULL
  }

  private record Expiry(Instant at, String key) {}

  private final int capacity;
  private final Map<String, Instant> live = new HashMap<>();
  private final PriorityQueue<Expiry> byExpiry =
      new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));

  NonceStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Records {@code nonce} of {@code accessKeyId} as used until {@code expiry}, unless it is
   * already.
   */
  synchronized Outcome use(String accessKeyId, String nonce, Instant expiry, Instant now) {
    forgetExpired(now);
    var key = accessKeyId + "\n" + nonce;
    if (live.containsKey(key)) {
      return Outcome.REPLAYED;
    }
    if (live.size() >= capacity) {
      return Outcome.FULL;
    }
    live.put(key, expiry);
    byExpiry.add(new Expiry(expiry, key));
    return Outcome.ACCEPTED;
  }

  private void forgetExpired(Instant now) {
    while (!byExpiry.isEmpty() && byExpiry.peek().at().isBefore(now)) {
      live.remove(byExpiry.poll().key());
    }
  }
}
