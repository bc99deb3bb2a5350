package dev.mms.adapter.rest;

import dev.mms.adapter.rest.auth.AccessKey;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP API is served.
 *
 * @param host the address to bind; without AccessKeys only a loopback address is accepted
 * @param port the port to bind, 0 for any free one
 * @param zone the zone of the {@code yyyy-MM-dd HH:mm:ss} times on the wire
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param accessKeys the AccessKey pairs with their policies; none turns authentication off
 * @param region the region id in RAM resource names, e.g. {@code cn-hangzhou}
 * @param accountId the account id in RAM resource names
 */
public record RestSettings(
    String host,
    int port,
    ZoneId zone,
    long maxBodyBytes,
    List<AccessKey> accessKeys,
    String region,
    String accountId) {
  public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;

  /** The ceiling of {@link #maxBodyBytes}: bodies are held in memory. */
  public static final long MAX_BODY_BYTES_LIMIT = 1L << 30;

  public RestSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    Objects.requireNonNull(zone, "zone");
    if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be 1.." + MAX_BODY_BYTES_LIMIT + ", got " + maxBodyBytes);
    }
    accessKeys = List.copyOf(accessKeys);
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
  }

  /** Loopback only, no authentication, UTC times and the default body limit. */
  public static RestSettings loopback(int port) {
    return new RestSettings(
        "127.0.0.1", port, ZoneOffset.UTC, DEFAULT_MAX_BODY_BYTES, List.of(), "local", "local");
  }

  public boolean authenticated() {
    return !accessKeys.isEmpty();
  }
}
