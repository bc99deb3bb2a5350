package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.fail;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store's tests run on. A test run creates one database (PostgreSQL: a schema)
 * per kind, migrated once and shared by every test class, and drops it when the JVM exits; tests
 * that need an empty store ask for {@link #fresh}. H2 always runs; PostgreSQL and MariaDB run when
 * reachable and are skipped otherwise, unless {@code MMS_REQUIRE_DATABASES=true} makes an
 * unreachable one a failure.
 */
public final class TestDatabases {
  static final boolean REQUIRED = "true".equalsIgnoreCase(System.getenv("MMS_REQUIRE_DATABASES"));
  private static final TestDatabases RUN = new TestDatabases();
  /** Every table with rows a test writes, children before parents. */
  private static final List<String> TABLES = List.of("mms_task_partition", "mms_task_log",
      "mms_task", "mms_job_tally", "mms_job", "mms_timer_table", "mms_timer_log", "mms_timer",
      "mms_async_task", "mms_partition_count", "mms_partition", "mms_table", "mms_database",
      "mms_data_source");

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RUN::close, "drop-test-databases"));
  }

  /** A database kind with the server tests use, as README describes it. */
  public enum Kind {
    H2("jdbc:h2:mem:", "sa", ""),
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3", "postgres", ""),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000", "root", "");

    private final String adminUrl;
    private final String user;
    private final String password;

    Kind(String adminUrl, String user, String password) {
      this.adminUrl = adminUrl;
      this.user = user;
      this.password = password;
    }
  }

  private final Map<Kind, JdbcStoreConfig> created = new EnumMap<>(Kind.class);
  private final Map<Kind, JdbcStore> stores = new EnumMap<>(Kind.class);
  private final Map<Kind, String> unreachable = new EnumMap<>(Kind.class);
  private final List<Map.Entry<Kind, JdbcStoreConfig>> scratch = new ArrayList<>();

  private TestDatabases() {}

  /** The run's store on {@code kind}, opened on first use; skips (or fails) when unreachable. */
  public static JdbcStore store(Kind kind) {
    return RUN.open(kind);
  }

  /** The run's store on {@code kind} with every table emptied (ids keep growing). */
  public static JdbcStore fresh(Kind kind) {
    var store = store(kind);
    store.db().useHandle(h -> TABLES.forEach(t -> h.execute("DELETE FROM " + t)));
    return store;
  }

  /** Opens another store on the run's database, as a second process would. */
  public static JdbcStore openAnother(Kind kind) {
    return JdbcStore.open(RUN.config(kind));
  }

  /**
   * A new, empty database on {@code kind} beside the run's, dropped with it: for tests of the
   * migrations, which start from no schema.
   */
  public static JdbcStoreConfig scratch(Kind kind) {
    return RUN.newScratch(kind);
  }

  private synchronized JdbcStoreConfig newScratch(Kind kind) {
    config(kind);
    try {
      var config = newDatabase(kind);
      scratch.add(Map.entry(kind, config));
      return config;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a scratch database on " + kind, e);
    }
  }

  /** The config of the run's database on {@code kind}. */
  public static JdbcStoreConfig configOf(Kind kind) {
    return RUN.config(kind);
  }

  /**
   * Why tests on {@code kind} cannot run, and how to let them; empty when they can, and always
   * empty when {@code MMS_REQUIRE_DATABASES=true} (the tests then fail instead).
   */
  public static Optional<String> skipReason(Kind kind) {
    return REQUIRED ? Optional.empty() : RUN.create(kind).map(why -> message(kind, why));
  }

  private synchronized JdbcStore open(Kind kind) {
    var store = stores.get(kind);
    if (store == null) {
      store = JdbcStore.open(config(kind));
      stores.put(kind, store);
    }
    return store;
  }

  private synchronized JdbcStoreConfig config(Kind kind) {
    create(kind).ifPresent(why -> {
      if (REQUIRED) {
        fail("MMS_REQUIRE_DATABASES=true but " + message(kind, why));
      }
      Assumptions.abort(message(kind, why));
    });
    return created.get(kind);
  }

  /** Creates the run's database on {@code kind} unless done; the reason it cannot, if any. */
  private synchronized Optional<String> create(Kind kind) {
    if (created.containsKey(kind) || unreachable.containsKey(kind)) {
      return Optional.ofNullable(unreachable.get(kind));
    }
    try {
      created.put(kind, newDatabase(kind));
      return Optional.empty();
    } catch (SQLException e) {
      unreachable.put(kind, e.getMessage());
      return Optional.of(e.getMessage());
    }
  }

  private static JdbcStoreConfig newDatabase(Kind kind) throws SQLException {
    var name = "mms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return switch (kind) {
      case H2 -> JdbcStoreConfig.inMemory(name);
      case POSTGRESQL -> {
        execute(kind, "CREATE SCHEMA " + name);
        yield JdbcStoreConfig.of("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + name,
            kind.user, kind.password);
      }
      case MARIADB -> {
        execute(kind, "CREATE DATABASE " + name);
        yield JdbcStoreConfig.of("jdbc:mariadb://127.0.0.1:3306/" + name, kind.user, kind.password);
      }
    };
  }

  private static String message(Kind kind, String why) {
    return kind + " is not reachable at " + kind.adminUrl + " (" + why + "); start it as README"
        + " describes to run these tests on it";
  }

  private synchronized void close() {
    stores.values().forEach(JdbcStore::close);
    stores.clear();
    created.forEach(TestDatabases::drop);
    created.clear();
    scratch.forEach(e -> drop(e.getKey(), e.getValue()));
    scratch.clear();
  }

  private static void drop(Kind kind, JdbcStoreConfig config) {
    var url = config.url();
    var name = url.substring(url.lastIndexOf(kind == Kind.POSTGRESQL ? '=' : '/') + 1);
    try {
      switch (kind) {
        case H2 -> {
          try (var c = DriverManager.getConnection(url, kind.user, kind.password);
               var s = c.createStatement()) {
            s.execute("SHUTDOWN");
          }
        }
        case POSTGRESQL -> execute(kind, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        case MARIADB -> execute(kind, "DROP DATABASE IF EXISTS " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop the test database " + name + " on " + kind, e);
    }
  }

  private static void execute(Kind kind, String sql) throws SQLException {
    try (var c = DriverManager.getConnection(kind.adminUrl, kind.user, kind.password);
         var s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
