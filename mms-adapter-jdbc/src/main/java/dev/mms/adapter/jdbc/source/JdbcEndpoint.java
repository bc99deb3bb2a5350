package dev.mms.adapter.jdbc.source;

import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * One database a JDBC data source names: the source ({@code jdbc.*}) or the destination
 * ({@code dst.jdbc.*}). Its text form and every message it produces leave out the password and
 * the URL's parameters, which may carry secrets.
 */
public record JdbcEndpoint(String role, String url, Optional<String> user, Optional<String> password) {
  public JdbcEndpoint {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  public static JdbcEndpoint source(DataSource source) {
    return of(source, "source", ConfigItems.JDBC_URL, ConfigItems.JDBC_USERNAME,
        ConfigItems.JDBC_PASSWORD);
  }

  public static JdbcEndpoint destination(DataSource source) {
    return of(source, "destination", ConfigItems.DST_JDBC_URL, ConfigItems.DST_JDBC_USERNAME,
        ConfigItems.DST_JDBC_PASSWORD);
  }

  private static JdbcEndpoint of(DataSource source, String role, String urlKey, String userKey,
      String passwordKey) {
    var url = text(source, urlKey).orElseThrow(() -> new JdbcSourceException(
        "data source " + source.name() + " has no " + urlKey));
    return new JdbcEndpoint(role, url, text(source, userKey), text(source, passwordKey));
  }

  private static Optional<String> text(DataSource source, String key) {
    return source.configValue(key).map(ConfigValue::asText).filter(s -> !s.isBlank());
  }

  public SqlDialect dialect() {
    return SqlDialect.of(url);
  }

  /** A new connection; the caller closes it. */
  public Connection connect() {
    dialect();
    var props = new Properties();
    user.ifPresent(u -> props.setProperty("user", u));
    password.ifPresent(p -> props.setProperty("password", p));
    if (url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:mysql:")) {
      // MySQL Connector/J sends a JDBC batch as one multi-row INSERT only when asked.
      props.setProperty("rewriteBatchedStatements", "true");
    }
    try {
      return DriverManager.getConnection(url, props);
    } catch (SQLException e) {
      throw new JdbcSourceException("cannot connect to the " + role + " database " + this + ": "
          + e.getMessage(), e);
    }
  }

  /** The URL without its parameters: H2 puts them after {@code ;}, the others after {@code ?}. */
  public static String redact(String url) {
    int cut = url.length();
    for (char c : new char[] {'?', ';'}) {
      int i = url.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return url.substring(0, cut);
  }

  @Override
  public String toString() {
    return redact(url) + user.map(u -> " as " + u).orElse("");
  }
}
