package dev.mms.adapter.jdbc.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mms.adapter.jdbc.async.JdbcAsyncTaskRepository;
import dev.mms.adapter.jdbc.catalog.JdbcDatabaseRepository;
import dev.mms.adapter.jdbc.catalog.JdbcPartitionRepository;
import dev.mms.adapter.jdbc.catalog.JdbcTableRepository;
import dev.mms.adapter.jdbc.datasource.JdbcDataSourceRepository;
import dev.mms.adapter.jdbc.job.JdbcJobRepository;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Dialect;
import dev.mms.adapter.jdbc.sql.JdbcStoreException;
import dev.mms.adapter.jdbc.sql.StoreArguments;
import dev.mms.adapter.jdbc.task.JdbcTaskLogRepository;
import dev.mms.adapter.jdbc.task.JdbcTaskRepository;
import dev.mms.adapter.jdbc.timer.JdbcTimerLogRepository;
import dev.mms.adapter.jdbc.timer.JdbcTimerRepository;
import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TimerLogRepository;
import dev.mms.application.port.out.TimerRepository;
import dev.mms.application.port.out.Stores;
import dev.mms.application.port.out.TransactionPort;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;

/**
 * The durable store of every persistence port: opens a connection pool on H2, PostgreSQL or
 * MySQL/MariaDB, brings the schema up to date with Flyway, and hands out the repositories, the id
 * generator and the transaction boundary. Several processes may open stores on one database.
 */
public final class JdbcStore implements AutoCloseable {
  /** Where the migration scripts live on the classpath. */
  static final String MIGRATIONS = "classpath:db/migration";

  private final HikariDataSource pool;
  private final Db db;
  private final JdbcIdGenerator ids;
  private final DataSourceRepository dataSources;
  private final DatabaseRepository databases;
  private final TableRepository tables;
  private final PartitionRepository partitions;
  private final JobRepository jobs;
  private final TaskRepository tasks;
  private final TaskLogRepository taskLogs;
  private final TimerRepository timers;
  private final TimerLogRepository timerLogs;
  private final AsyncTaskRepository asyncTasks;

  private JdbcStore(HikariDataSource pool, Db db) {
    this.pool = pool;
    this.db = db;
    this.ids = new JdbcIdGenerator(db);
    this.dataSources = new JdbcDataSourceRepository(db);
    this.databases = new JdbcDatabaseRepository(db);
    this.tables = new JdbcTableRepository(db);
    this.partitions = new JdbcPartitionRepository(db);
    this.jobs = new JdbcJobRepository(db);
    this.tasks = new JdbcTaskRepository(db);
    this.taskLogs = new JdbcTaskLogRepository(db);
    this.timers = new JdbcTimerRepository(db);
    this.timerLogs = new JdbcTimerLogRepository(db);
    this.asyncTasks = new JdbcAsyncTaskRepository(db);
  }

  /**
   * Connects, migrates the schema and returns the store; fails with a {@link JdbcStoreException}
   * saying what went wrong when the database cannot be reached or migrated.
   */
  public static JdbcStore open(JdbcStoreConfig config) {
    var pool = pool(config);
    try {
      var dialect = Dialect.fromUrl(config.url()).orElseGet(() -> detect(pool, config));
      migrate(pool, dialect, config);
      var jdbi = Jdbi.create(pool);
      jdbi.setTemplateEngine(new NoTemplateEngine());
      jdbi.registerArgument(new StoreArguments());
      var store = new JdbcStore(pool, new Db(jdbi, dialect, config.safeUrl()));
      store.ids.createMissingSequences();
      return store;
    } catch (RuntimeException e) {
      pool.close();
      throw JdbcStoreException.of(e, config.safeUrl());
    }
  }

  private static HikariDataSource pool(JdbcStoreConfig config) {
    var hc = new HikariConfig();
    hc.setPoolName("mms-store");
    hc.setJdbcUrl(driverUrl(config.url()));
    config.username().ifPresent(hc::setUsername);
    config.password().ifPresent(hc::setPassword);
    hc.setMaximumPoolSize(config.maxPoolSize());
    hc.setMinimumIdle(1);
    // Claims and tallies read what other transactions committed a moment ago; MySQL's default
    // REPEATABLE READ would show them a stale snapshot.
    hc.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    var dialect = Dialect.fromUrl(config.url());
    if (dialect.filter(d -> d == Dialect.H2).isPresent()) {
      // H2 gives up on a row lock after one second by default; a busy job's tally waits longer.
      hc.setConnectionInitSql("SET LOCK_TIMEOUT 10000");
    }
    if (dialect.filter(d -> d == Dialect.POSTGRESQL).isPresent()) {
      hc.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    try {
      return new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw JdbcStoreException.of(e.getCause() instanceof SQLException ? e.getCause() : e,
          config.safeUrl());
    }
  }

  /** The MariaDB driver also serves {@code jdbc:mysql:} URLs, but only when they say so. */
  private static String driverUrl(String url) {
    if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme") || mysqlDriverPresent()) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
  }

  private static boolean mysqlDriverPresent() {
    try {
      Class.forName("com.mysql.cj.jdbc.Driver");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static Dialect detect(DataSource pool, JdbcStoreConfig config) {
    try (var connection = pool.getConnection()) {
      var product = connection.getMetaData().getDatabaseProductName();
      return Dialect.fromProductName(product).orElseThrow(() -> new JdbcStoreException(
          JdbcStoreException.Kind.SQL, "the mms store runs on H2, PostgreSQL or MySQL/MariaDB; "
              + config.safeUrl() + " is " + product, null));
    } catch (SQLException e) {
      throw JdbcStoreException.of(e, config.safeUrl());
    }
  }

  private static void migrate(DataSource pool, Dialect dialect, JdbcStoreConfig config) {
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations(MIGRATIONS)
          .placeholders(dialect.migrationPlaceholders())
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new JdbcStoreException(JdbcStoreException.Kind.SQL,
          "cannot bring the schema of the mms store at " + config.safeUrl() + " up to date: "
              + e.getMessage(), e);
    }
  }

  /** The store's database access, for tests of this package that look under the ports. */
  Db db() {
    return db;
  }

  public Dialect dialect() {
    return db.dialect();
  }

  /** The repositories, ids and transactions of this store as the application takes them. */
  public Stores stores() {
    return new Stores(dataSources(), databases(), tables(), partitions(), jobs(), tasks(),
        taskLogs(), timers(), timerLogs(), asyncTasks(), ids(), transactions());
  }

  public TransactionPort transactions() {
    return db;
  }

  public IdGenerator ids() {
    return ids;
  }

  public DataSourceRepository dataSources() {
    return dataSources;
  }

  public DatabaseRepository databases() {
    return databases;
  }

  public TableRepository tables() {
    return tables;
  }

  public PartitionRepository partitions() {
    return partitions;
  }

  public JobRepository jobs() {
    return jobs;
  }

  public TaskRepository tasks() {
    return tasks;
  }

  public TaskLogRepository taskLogs() {
    return taskLogs;
  }

  public TimerRepository timers() {
    return timers;
  }

  public TimerLogRepository timerLogs() {
    return timerLogs;
  }

  public AsyncTaskRepository asyncTasks() {
    return asyncTasks;
  }

  /** Closes the pool; transactions under way fail, what they committed stays. */
  @Override
  public void close() {
    pool.close();
  }
}
