package dev.mms.adapter.jdbc.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL spoken by a JDBC database mms can read and write. Every identifier reaches SQL only
 * through {@link #quote}, which refuses names that could break out of the quotes or that the
 * database would silently change (truncate, trim); values are always bound as parameters.
 */
public enum SqlDialect {
  H2("H2", '"', 256, false, Set.of("INFORMATION_SCHEMA")),
  POSTGRESQL("PostgreSQL", '"', 63, true, Set.of("information_schema", "pg_catalog", "pg_toast")),
  MYSQL("MySQL/MariaDB", '`', 64, false,
      Set.of("information_schema", "mysql", "performance_schema", "sys"));

  private final String displayName;
  private final char quote;
  private final int maxIdentifierLength;
  private final boolean lengthInBytes;
  private final Set<String> systemNamespaces;

  SqlDialect(String displayName, char quote, int maxIdentifierLength, boolean lengthInBytes,
      Set<String> systemNamespaces) {
    this.displayName = displayName;
    this.quote = quote;
    this.maxIdentifierLength = maxIdentifierLength;
    this.lengthInBytes = lengthInBytes;
    this.systemNamespaces = systemNamespaces;
  }

  /** The dialect of a JDBC URL, or a refusal naming the databases mms supports. */
  public static SqlDialect of(String url) {
    var lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
      return MYSQL;
    }
    throw new JdbcSourceException("unsupported JDBC URL '" + JdbcEndpoint.redact(url)
        + "': mms reads and writes H2 (jdbc:h2:), PostgreSQL (jdbc:postgresql:) and"
        + " MySQL/MariaDB (jdbc:mysql:, jdbc:mariadb:)");
  }

  public String displayName() {
    return displayName;
  }

  /** Why {@code name} cannot be used as an identifier here, or empty when it can. */
  public Optional<String> identifierProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("an identifier must not be blank");
    }
    if (!name.strip().equals(name)) {
      return Optional.of("identifier '" + name + "' starts or ends with white space");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      return Optional.of("identifier '" + printable(name) + "' contains control characters");
    }
    if (name.indexOf('"') >= 0 || name.indexOf('`') >= 0 || name.indexOf('\\') >= 0) {
      return Optional.of("identifier '" + name + "' contains a quote or backslash");
    }
    int length = lengthInBytes ? name.getBytes(StandardCharsets.UTF_8).length : name.length();
    if (length > maxIdentifierLength) {
      return Optional.of("identifier '" + name + "' is longer than " + displayName + " allows ("
          + maxIdentifierLength + (lengthInBytes ? " bytes)" : " characters)"));
    }
    return Optional.empty();
  }

  /** {@code name} quoted for this dialect; a name with a {@link #identifierProblem} is a bug here. */
  public String quote(String name) {
    identifierProblem(name).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    return quote + name + quote;
  }

  /** {@code "db"."table"}: the namespace is a schema (H2, PostgreSQL) or a database (MySQL). */
  public String qualified(String namespace, String table) {
    return quote(namespace) + "." + quote(table);
  }

  /** The statement that creates a namespace when it is absent. */
  public String createNamespace(String namespace) {
    return switch (this) {
      case H2, POSTGRESQL -> "CREATE SCHEMA IF NOT EXISTS " + quote(namespace);
      case MYSQL -> "CREATE DATABASE IF NOT EXISTS " + quote(namespace)
          + " CHARACTER SET utf8mb4";
    };
  }

  /** Whether {@code namespace} belongs to the database itself rather than to its users. */
  public boolean isSystemNamespace(String namespace) {
    if (this == POSTGRESQL && (namespace.startsWith("pg_temp_")
        || namespace.startsWith("pg_toast_temp_"))) {
      return true;
    }
    return systemNamespaces.stream().anyMatch(s -> s.equalsIgnoreCase(namespace));
  }

  /** Namespaces are JDBC catalogs on MySQL/MariaDB and JDBC schemas elsewhere. */
  boolean namespacesAreCatalogs() {
    return this == MYSQL;
  }

  private static String printable(String name) {
    var sb = new StringBuilder();
    name.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
