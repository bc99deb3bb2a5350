package dev.mms.server;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the server is configured with. {@code store} is a JDBC URL or {@code memory};
 * {@code accessKeys} is the file of AccessKey pairs and policies (none: loopback only).
 */
public record ServerConfig(
    String host,
    int port,
    String store,
    Optional<String> storeUser,
    Optional<String> storePassword,
    int workers,
    int perSourceLimit,
    Optional<Path> accessKeys,
    String region,
    String accountId,
    ZoneId zone) {

  public static final String MEMORY = "memory";

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(storeUser, "storeUser");
    Objects.requireNonNull(storePassword, "storePassword");
    Objects.requireNonNull(accessKeys, "accessKeys");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(zone, "zone");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, got " + workers);
    }
    if (perSourceLimit < 1) {
      throw new IllegalArgumentException("per-source limit must be >= 1, got " + perSourceLimit);
    }
  }

  public boolean inMemory() {
    return MEMORY.equalsIgnoreCase(store);
  }
}
