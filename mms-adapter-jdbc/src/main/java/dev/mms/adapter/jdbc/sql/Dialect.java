package dev.mms.adapter.jdbc.sql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The databases the store runs on, and the few places where their SQL differs: the Flyway
 * placeholders for unbounded text, table options, stored generated columns and dropping an index,
 * and whether a claim can skip locked rows.
 */
public enum Dialect {
  H2("CLOB", "", false),
  POSTGRESQL("TEXT", "", true),
  /** MySQL and MariaDB: one dialect, since the store uses only what both have. */
  MYSQL("LONGTEXT", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin", true);

  private final String textType;
  private final String tableOptions;
  private final boolean skipLocked;

  Dialect(String textType, String tableOptions, boolean skipLocked) {
    this.textType = textType;
    this.tableOptions = tableOptions;
    this.skipLocked = skipLocked;
  }

  /** The dialect a JDBC URL names, if it names one the store knows. */
  public static Optional<Dialect> fromUrl(String url) {
    var u = url.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:h2:")) {
      return Optional.of(H2);
    }
    if (u.startsWith("jdbc:postgresql:")) {
      return Optional.of(POSTGRESQL);
    }
    if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) {
      return Optional.of(MYSQL);
    }
    return Optional.empty();
  }

  /** The dialect of a database as its driver names it ({@code DatabaseMetaData#getDatabaseProductName}). */
  public static Optional<Dialect> fromProductName(String product) {
    var p = product.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return Optional.of(H2);
    }
    if (p.contains("postgres")) {
      return Optional.of(POSTGRESQL);
    }
    if (p.contains("mariadb") || p.contains("mysql")) {
      return Optional.of(MYSQL);
    }
    return Optional.empty();
  }

  /**
   * The values of the placeholders of the migration scripts. MySQL drops an index only with its
   * table named ({@code DROP INDEX i ON t}), which H2 and PostgreSQL do not accept. PostgreSQL
   * and MySQL index a generated column only when it is {@code STORED}; H2 rejects the word and
   * indexes its generated columns all the same.
   */
  public Map<String, String> migrationPlaceholders() {
    return Map.of("text", textType, "table_options", tableOptions,
        "on_mms_task", this == MYSQL ? " ON mms_task" : "",
        "on_mms_partition", this == MYSQL ? " ON mms_partition" : "",
        "stored", this == H2 ? "" : " STORED");
  }

  /**
   * The statement that lets the current transaction's commit return before its WAL is flushed,
   * where the database can do that for one transaction: PostgreSQL's {@code synchronous_commit}.
   * Such a commit is visible at once and, if the server crashes, lost only together with every
   * later commit, since the log is flushed in order. MySQL sets flushing for the whole server.
   */
  public Optional<String> commitWithoutFlushWait() {
    return this == POSTGRESQL ? Optional.of("SET LOCAL synchronous_commit TO OFF") : Optional.empty();
  }

  /**
   * Whether {@code SELECT … FOR UPDATE SKIP LOCKED} is available; H2 has no SKIP LOCKED, so
   * claims there rely on a compare-and-set per candidate.
   */
  public boolean skipsLockedRows() {
    return skipLocked;
  }
}
