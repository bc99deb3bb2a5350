package dev.mms.benchmarks.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PostgreSQL server the harnesses run against, reached through one admin URL: makes databases
 * with a unique prefix, hands out their URLs, and drops every one it made when closed.
 */
public final class LocalPostgres implements AutoCloseable {
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final String adminUrl;
  private final String user;
  private final String password;
  private final String prefix;
  private final List<String> made = new ArrayList<>();

  public LocalPostgres(String adminUrl, String user, String password) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.prefix = "mms_bench_" + Long.toString(System.currentTimeMillis(), 36);
  }

  /** Creates database {@code <prefix>_<suffix>} and returns its JDBC URL. */
  public String createDatabase(String suffix) throws SQLException {
    var name = (prefix + "_" + suffix).toLowerCase(Locale.ROOT);
    try (var c = connect(adminUrl)) {
      execute(c, "CREATE DATABASE " + name);
    }
    made.add(name);
    return urlOf(name);
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  public static void execute(Connection c, String... statements) throws SQLException {
    try (var st = c.createStatement()) {
      for (var sql : statements) {
        st.execute(sql);
      }
    }
  }

  public static long queryLong(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String urlOf(String database) {
    int slash = adminUrl.lastIndexOf('/');
    int query = adminUrl.indexOf('?', slash);
    return adminUrl.substring(0, slash + 1) + database
        + (query < 0 ? "" : adminUrl.substring(query));
  }

  @Override
  public void close() throws SQLException {
    try (var c = connect(adminUrl)) {
      for (var name : made) {
        execute(c, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }
}
