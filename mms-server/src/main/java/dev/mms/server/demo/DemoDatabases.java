package dev.mms.server.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The demo's two embedded H2 databases: a source schema {@code shop} with two partitioned tables
 * and one plain table (about a million rows over 900 partitions), and an empty destination.
 */
final class DemoDatabases {
  static final String SOURCE_SCHEMA = "shop";
  static final String DESTINATION_SCHEMA = "shop_copy";
  static final int DAYS = 180;
  static final String[] REGIONS = {"east", "west", "north", "south"};

  /** Table → rows generated at scale 1. */
  private static final Map<String, Integer> FULL_ROWS = Map.of("orders", 600_000,
      "page_views", 350_000, "customers", 50_000);

  private final String sourceUrl;
  private final String destinationUrl;
  private final Map<String, Integer> rows;

  /** {@code scale} shrinks (or grows) every table; 1 gives about a million rows. */
  DemoDatabases(Path dir, double scale) {
    if (!(scale > 0 && scale <= 10)) {
      throw new IllegalArgumentException("scale must be in (0, 10], got " + scale);
    }
    var scaled = new java.util.HashMap<String, Integer>();
    FULL_ROWS.forEach((table, n) -> scaled.put(table, Math.max(DAYS * REGIONS.length, (int) (n * scale))));
    this.rows = Map.copyOf(scaled);
    this.sourceUrl = "jdbc:h2:file:" + dir.resolve("source").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
    this.destinationUrl = "jdbc:h2:file:" + dir.resolve("destination").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
  }

  int totalRows() {
    return rows.values().stream().mapToInt(Integer::intValue).sum();
  }

  String sourceUrl() {
    return sourceUrl;
  }

  String destinationUrl() {
    return destinationUrl;
  }

  /** Creates the source data from scratch; set-based SQL so a million rows take seconds. */
  void create() throws SQLException {
    try (var c = DriverManager.getConnection(sourceUrl, "sa", ""); var s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS \"shop\" CASCADE");
      s.execute("CREATE SCHEMA \"shop\"");
      s.execute("CREATE TABLE \"shop\".\"customers\" (\"customer_id\" BIGINT PRIMARY KEY,"
          + " \"name\" VARCHAR(64) NOT NULL, \"email\" VARCHAR(128), \"signup_date\" DATE NOT NULL,"
          + " \"tier\" VARCHAR(8) NOT NULL)");
      s.execute("INSERT INTO \"shop\".\"customers\" SELECT X, CONCAT('customer ', X),"
          + " CONCAT('c', X, '@example.com'), DATEADD('DAY', -MOD(X, 1000), DATE '2024-06-30'),"
          + " CASE MOD(X, 10) WHEN 0 THEN 'gold' WHEN 1 THEN 'silver' ELSE 'basic' END"
          + " FROM SYSTEM_RANGE(1, " + rows.get("customers") + ")");
      s.execute("CREATE TABLE \"shop\".\"orders\" (\"order_id\" BIGINT PRIMARY KEY,"
          + " \"customer_id\" BIGINT NOT NULL, \"amount\" DECIMAL(12,2) NOT NULL,"
          + " \"status\" VARCHAR(16) NOT NULL, \"created_at\" TIMESTAMP NOT NULL,"
          + " \"ds\" VARCHAR(10) NOT NULL, \"region\" VARCHAR(8) NOT NULL)");
      s.execute("INSERT INTO \"shop\".\"orders\" SELECT X, MOD(X * 7919, 50000) + 1,"
          + " CAST(MOD(X * 31, 100000) / 100.0 AS DECIMAL(12,2)),"
          + " CASE MOD(X, 5) WHEN 0 THEN 'refunded' WHEN 1 THEN 'pending' ELSE 'paid' END,"
          + " DATEADD('SECOND', MOD(X * 13, 86400), DATEADD('DAY', MOD(X / 4, " + DAYS + "), TIMESTAMP '2024-01-01 00:00:00')),"
          + " FORMATDATETIME(DATEADD('DAY', MOD(X / 4, " + DAYS + "), DATE '2024-01-01'), 'yyyy-MM-dd'),"
          + " CASE MOD(X, 4) WHEN 0 THEN 'east' WHEN 1 THEN 'west' WHEN 2 THEN 'north' ELSE 'south' END"
          + " FROM SYSTEM_RANGE(1, " + rows.get("orders") + ")");
      s.execute("CREATE INDEX \"orders_partition\" ON \"shop\".\"orders\" (\"ds\", \"region\")");
      s.execute("CREATE TABLE \"shop\".\"page_views\" (\"view_id\" BIGINT PRIMARY KEY,"
          + " \"customer_id\" BIGINT, \"url\" VARCHAR(256) NOT NULL, \"duration_ms\" INT NOT NULL,"
          + " \"ds\" VARCHAR(10) NOT NULL)");
      s.execute("INSERT INTO \"shop\".\"page_views\" SELECT X,"
          + " CASE WHEN MOD(X, 3) = 0 THEN NULL ELSE MOD(X * 104729, 50000) + 1 END,"
          + " CONCAT('/products/', MOD(X * 17, 2000), '?ref=home'), MOD(X * 37, 120000),"
          + " FORMATDATETIME(DATEADD('DAY', MOD(X, " + DAYS + "), DATE '2024-01-01'), 'yyyy-MM-dd')"
          + " FROM SYSTEM_RANGE(1, " + rows.get("page_views") + ")");
      s.execute("CREATE INDEX \"page_views_partition\" ON \"shop\".\"page_views\" (\"ds\")");
    }
    try (var c = DriverManager.getConnection(destinationUrl, "sa", ""); var s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS \"" + DESTINATION_SCHEMA + "\" CASCADE");
    }
  }

  long countSource(String table, String where) throws SQLException {
    try (var c = DriverManager.getConnection(sourceUrl, "sa", "")) {
      return count(c, SOURCE_SCHEMA, table, where);
    }
  }

  long countDestination(String table, String where) throws SQLException {
    try (var c = DriverManager.getConnection(destinationUrl, "sa", "")) {
      return count(c, DESTINATION_SCHEMA, table, where);
    }
  }

  private static long count(Connection c, String schema, String table, String where) throws SQLException {
    try (var s = c.createStatement();
         var rs = s.executeQuery("SELECT COUNT(*) FROM \"" + schema + "\".\"" + table + "\""
             + (where.isEmpty() ? "" : " WHERE " + where))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<String> tables() {
    return List.of("customers", "orders", "page_views");
  }
}
