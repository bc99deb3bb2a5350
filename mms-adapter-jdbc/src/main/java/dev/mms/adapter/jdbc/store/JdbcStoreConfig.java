package dev.mms.adapter.jdbc.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives: a JDBC URL of H2 (embedded file or in-memory), PostgreSQL or
 * MySQL/MariaDB, the credentials, and the size of the connection pool.
 */
public record JdbcStoreConfig(
    String url, Optional<String> username, Optional<String> password, int maxPoolSize) {
  public static final int DEFAULT_POOL_SIZE = 10;

  public JdbcStoreConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (url.isBlank()) {
      throw new IllegalArgumentException("the store needs a JDBC URL");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be >= 1, got " + maxPoolSize);
    }
  }

  public static JdbcStoreConfig of(String url, String username, String password) {
    return new JdbcStoreConfig(url, Optional.ofNullable(username), Optional.ofNullable(password),
        DEFAULT_POOL_SIZE);
  }

  /** An embedded H2 database in files under {@code directory} (created when absent). */
  public static JdbcStoreConfig embedded(Path directory) {
    return of("jdbc:h2:file:" + directory.toAbsolutePath().resolve("mms"), "sa", "");
  }

  /** An H2 database in memory, alive until the JVM ends. */
  public static JdbcStoreConfig inMemory(String name) {
    return of("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  public JdbcStoreConfig withMaxPoolSize(int size) {
    return new JdbcStoreConfig(url, username, password, size);
  }

  /** The URL without its parameters, which may hold credentials: for messages and logs. */
  public String safeUrl() {
    int cut = url.length();
    for (char c : new char[] {'?', ';'}) {
      int i = url.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return url.substring(0, cut);
  }
}
