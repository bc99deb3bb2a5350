package dev.mms.adapter.jdbc.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the source and engine tests run against: H2 in memory always; PostgreSQL
 * ({@code jdbc:postgresql://127.0.0.1:5432/test}, user postgres) and MariaDB
 * ({@code jdbc:mariadb://127.0.0.1:3306/test}, user root) when they are reachable. An unreachable
 * one skips the test, or fails it when {@code MMS_REQUIRE_DATABASES=true}. Every namespace a test
 * makes has a unique name and is dropped when its {@link TestDatabase} closes.
 */
public final class EngineTestDatabases {
  private static final Map<Engine, Boolean> REACHABLE = new ConcurrentHashMap<>();

  private EngineTestDatabases() {}

  /** A database engine the tests can use. */
  public enum Engine {
    H2("", "sa", "", null, 0),
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", "127.0.0.1", 5432),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/test", "root", "", "127.0.0.1", 3306);

    final String url;
    final String user;
    final String password;
    final String host;
    final int port;

    Engine(String url, String user, String password, String host, int port) {
      this.url = url;
      this.user = user;
      this.password = password;
      this.host = host;
      this.port = port;
    }
  }

  /** Opens {@code engine}, skipping (or failing) the test when it is not reachable. */
  public static TestDatabase open(Engine engine) {
    if (engine == Engine.H2) {
      var url = "jdbc:h2:mem:mms_" + UUID.randomUUID().toString().replace("-", "")
          + ";DB_CLOSE_DELAY=-1";
      return new TestDatabase(engine, url, engine.user, engine.password);
    }
    if (!REACHABLE.computeIfAbsent(engine, EngineTestDatabases::reachable)) {
      var message = engine + " is not reachable at " + engine.url + " (user " + engine.user
          + "); start it to run these tests, e.g. a local server with trust/empty-password login"
          + " and a database named test";
      if ("true".equalsIgnoreCase(System.getenv("MMS_REQUIRE_DATABASES"))) {
        Assertions.fail(message + " — MMS_REQUIRE_DATABASES=true makes this a failure");
      }
      Assumptions.abort(message + "; set MMS_REQUIRE_DATABASES=true to fail instead of skipping");
    }
    return new TestDatabase(engine, engine.url, engine.user, engine.password);
  }

  private static boolean reachable(Engine engine) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(engine.host, engine.port), 1_000);
    } catch (IOException e) {
      return false;
    }
    try (var c = DriverManager.getConnection(engine.url, engine.user, engine.password)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  /** One test's view of a database: make uniquely named namespaces, run SQL, clean up. */
  public static final class TestDatabase implements AutoCloseable {
    private final Engine engine;
    private final String url;
    private final String user;
    private final String password;
    private final List<String> namespaces = new ArrayList<>();

    TestDatabase(Engine engine, String url, String user, String password) {
      this.engine = engine;
      this.url = url;
      this.user = user;
      this.password = password;
    }

    public Engine engine() {
      return engine;
    }

    public String url() {
      return url;
    }

    public String user() {
      return user;
    }

    public String password() {
      return password;
    }

    /** A unique lower-case name, dropped at close; {@link #createNamespace} creates it. */
    public String uniqueName(String prefix) {
      var name = ("mms_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
          .toLowerCase(Locale.ROOT);
      namespaces.add(name);
      return name;
    }

    /** Creates a new schema (H2, PostgreSQL) or database (MariaDB) and returns its name. */
    public String createNamespace(String prefix) {
      var name = uniqueName(prefix);
      execute(engine == Engine.MARIADB
          ? "CREATE DATABASE " + quote(name) + " CHARACTER SET utf8mb4"
          : "CREATE SCHEMA " + quote(name));
      return name;
    }

    /** {@code name} quoted for this engine, for test SQL. */
    public String quote(String name) {
      return engine == Engine.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    public String qualified(String namespace, String table) {
      return quote(namespace) + "." + quote(table);
    }

    public void execute(String... statements) {
      try (var c = connect(); var st = c.createStatement()) {
        for (var sql : statements) {
          st.execute(sql);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }

    /** Inserts {@code rows} into {@code table}, every value bound as a parameter. */
    public void insert(String qualifiedTable, List<String> columns, List<List<Object>> rows) {
      var sql = "INSERT INTO " + qualifiedTable + " ("
          + String.join(", ", columns.stream().map(this::quote).toList()) + ") VALUES ("
          + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
      try (var c = connect(); var ps = c.prepareStatement(sql)) {
        for (var row : rows) {
          for (int i = 0; i < row.size(); i++) {
            ps.setObject(i + 1, row.get(i));
          }
          ps.addBatch();
        }
        ps.executeBatch();
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }

    public long count(String sql) {
      try (var c = connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
      if (engine == Engine.H2) {
        execute("SHUTDOWN");
        return;
      }
      for (var name : namespaces) {
        execute(engine == Engine.MARIADB ? "DROP DATABASE IF EXISTS " + quote(name)
            : "DROP SCHEMA IF EXISTS " + quote(name) + " CASCADE");
      }
    }
  }
}
