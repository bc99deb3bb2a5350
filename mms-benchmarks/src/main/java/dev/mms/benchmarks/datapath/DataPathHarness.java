package dev.mms.benchmarks.datapath;

import static dev.mms.benchmarks.postgres.LocalPostgres.execute;
import static dev.mms.benchmarks.postgres.LocalPostgres.queryLong;

import dev.mms.adapter.jdbc.engine.JdbcMigrationEngine;
import dev.mms.adapter.jdbc.source.JdbcCatalogReader;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.benchmarks.postgres.LocalPostgres;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Moves one table PostgreSQL to PostgreSQL three ways, alternating, between the same two
 * databases: the JDBC engine's data phase, {@code COPY TO} piped into {@code COPY FROM} through
 * the driver's CopyManager, and the same through two {@code psql} processes. Creates its own
 * databases and drops them at the end.
 *
 * <p>{@code java -cp mms-benchmarks.jar dev.mms.benchmarks.datapath.DataPathHarness
 * [--rows 10000000] [--runs 2] [--batch 5000] [--url jdbc:postgresql://127.0.0.1:5432/test]
 * [--user postgres] [--password ""]}
 */
public final class DataPathHarness {
  private static final String NAMESPACE = "bench";
  private static final String TABLE = "events";
  private static final String COLUMNS = "id, name, amount, created_at, ds";
  private static final Pattern HOST_PORT =
      Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*");

  private final Options options;
  private final LocalPostgres postgres;
  private final String srcUrl;
  private final String dstUrl;

  private DataPathHarness(Options options, LocalPostgres postgres) throws SQLException {
    this.options = options;
    this.postgres = postgres;
    this.srcUrl = postgres.createDatabase("src");
    this.dstUrl = postgres.createDatabase("dst");
  }

  public static void main(String[] args) throws Exception {
    var options = Options.parse(args);
    try (var postgres = new LocalPostgres(options.url, options.user, options.password)) {
      new DataPathHarness(options, postgres).run();
    }
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    try (var src = postgres.connect(srcUrl)) {
      execute(src, "CREATE SCHEMA " + NAMESPACE,
          "CREATE TABLE " + qualified() + " (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL,"
              + " amount NUMERIC(18,2), created_at TIMESTAMP, ds VARCHAR(10))",
          "INSERT INTO " + qualified() + " SELECT g, 'customer_' || (g % 100000),"
              + " (g % 1000000) / 100.0,"
              + " TIMESTAMP '2024-01-01' + (g % 86400) * INTERVAL '1 second',"
              + " to_char(DATE '2024-01-01' + (g % 30)::int, 'YYYY-MM-DD')"
              + " FROM generate_series(1, " + options.rows + ") g",
          "VACUUM ANALYZE " + qualified());
    }
    System.out.printf(Locale.ROOT, "source: %,d rows, %s on disk, filled in %.1f s%n",
        options.rows, sourceSize(), seconds(System.nanoTime() - start));

    var engine = new JdbcMigrationEngine(options.batch);
    var context = context(dataSource());
    require(engine.migrateSchema(context), "schema phase");
    var psql = psqlAvailable();
    var results = new LinkedHashMap<String, List<Double>>();
    for (int run = 1; run <= options.runs; run++) {
      time(results, "COPY TO | COPY FROM (CopyManager)", this::copyThroughDriver);
      time(results, "JdbcMigrationEngine data phase (batch " + options.batch + ")",
          () -> require(engine.migrateData(context), "data phase"));
      if (psql) {
        time(results, "psql COPY TO STDOUT | psql COPY FROM STDIN", this::copyThroughPsql);
      }
    }
    report(results);
  }

  private interface Move {
    void run() throws Exception;
  }

  /** Empties the destination, runs {@code move}, checks the row count, records the seconds. */
  private void time(LinkedHashMap<String, List<Double>> results, String name, Move move)
      throws Exception {
    try (var dst = postgres.connect(dstUrl)) {
      execute(dst, "TRUNCATE " + qualified(), "CHECKPOINT");
    }
    long t0 = System.nanoTime();
    move.run();
    double s = seconds(System.nanoTime() - t0);
    long copied = destinationRows();
    if (copied != options.rows) {
      throw new IllegalStateException(name + " left " + copied + " rows, expected " + options.rows);
    }
    System.out.printf(Locale.ROOT, "%-55s %7.2f s  %,12.0f rows/s%n", name, s, options.rows / s);
    results.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
  }

  private void report(LinkedHashMap<String, List<Double>> results) {
    System.out.println();
    System.out.printf(Locale.ROOT, "best of %d runs, %,d rows:%n", options.runs, options.rows);
    double copyRate = 0;
    for (var e : results.entrySet()) {
      double best = e.getValue().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double rate = options.rows / best;
      if (copyRate == 0) {
        copyRate = rate;
      }
      System.out.printf(Locale.ROOT, "%-55s %7.2f s  %,12.0f rows/s  %5.1f%% of CopyManager%n",
          e.getKey(), best, rate, 100 * rate / copyRate);
    }
  }

  private void copyThroughDriver() throws Exception {
    try (var src = postgres.connect(srcUrl); var dst = postgres.connect(dstUrl)) {
      var out = src.unwrap(PGConnection.class).getCopyAPI();
      var in = dst.unwrap(PGConnection.class).getCopyAPI();
      var pipeIn = new PipedInputStream(1 << 20);
      var pipeOut = new PipedOutputStream(pipeIn);
      var reader = Executors.newSingleThreadExecutor();
      try {
        var read = reader.submit(() -> {
          try (pipeOut) {
            return out.copyOut("COPY " + qualified() + " (" + COLUMNS + ") TO STDOUT", pipeOut);
          }
        });
        in.copyIn("COPY " + qualified() + " (" + COLUMNS + ") FROM STDIN", pipeIn);
        read.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("COPY TO failed: " + e.getCause().getMessage(),
            e.getCause());
      } finally {
        reader.shutdownNow();
      }
    }
  }

  private void copyThroughPsql() throws IOException, InterruptedException {
    var script = "set -o pipefail; " + psql(srcUrl) + " -c 'COPY " + qualified() + " (" + COLUMNS
        + ") TO STDOUT' | " + psql(dstUrl) + " -c 'COPY " + qualified() + " (" + COLUMNS
        + ") FROM STDIN'";
    var process = new ProcessBuilder("bash", "-c", script).inheritIO()
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("psql pipe exited with " + process.exitValue());
    }
  }

  private String psql(String url) {
    var m = HOST_PORT.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
    }
    var db = url.substring(url.lastIndexOf('/') + 1);
    return "psql -X -q -v ON_ERROR_STOP=1 -h " + m.group(1) + " -p "
        + Optional.ofNullable(m.group(2)).orElse("5432") + " -U " + options.user + " -d " + db;
  }

  private static boolean psqlAvailable() {
    try {
      return new ProcessBuilder("psql", "--version").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private DataSource dataSource() {
    var config = new LinkedHashMap<String, ConfigValue>();
    config.put(ConfigItems.JDBC_URL, ConfigValue.text(srcUrl));
    config.put(ConfigItems.JDBC_USERNAME, ConfigValue.text(options.user));
    config.put(ConfigItems.JDBC_PASSWORD, ConfigValue.text(options.password));
    config.put(ConfigItems.DST_JDBC_URL, ConfigValue.text(dstUrl));
    config.put(ConfigItems.DST_JDBC_USERNAME, ConfigValue.text(options.user));
    config.put(ConfigItems.DST_JDBC_PASSWORD, ConfigValue.text(options.password));
    return DataSource.register(new SourceId(1), new SourceName("bench"), DataSourceType.JDBC,
        config, Optional.empty(), Optional.empty(), Instant.EPOCH)
        .getOrElseThrow(e -> new IllegalStateException(e.message()));
  }

  /** A task moving the whole (unpartitioned) table to the same name at the destination. */
  private static PhaseContext context(DataSource source) {
    var dbName = new DatabaseName(NAMESPACE);
    var tableName = new TableName(TABLE);
    var snapshot = new JdbcCatalogReader().read(source,
        new ScanScope(Optional.of(dbName), List.of(tableName)), p -> { });
    var scanned = snapshot.databases().get(0).tables().get(0);
    var sourceId = source.id();
    var dbId = new DatabaseId(1);
    var tableId = new TableId(1);
    var jobId = new JobId(1);
    var table = new Table(tableId, sourceId, dbId, dbName, scanned.name(), scanned.type(),
        scanned.schema(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), scanned.numRows().orElse(0),
        scanned.size().orElse(0), MigrationStatus.INIT, false, Optional.empty(), Optional.empty(),
        Optional.of(TABLE), Instant.EPOCH, Instant.EPOCH, false);
    var job = new Job(jobId, new JobName("bench"), sourceId, source.name(), dbId, dbName,
        Optional.empty(), NAMESPACE, Optional.empty(), JobConfig.defaults(), Optional.empty(),
        false, Optional.empty(), Instant.EPOCH);
    var task = Task.planned(new TaskId(1), jobId, sourceId, dbId, tableId, dbName, tableName,
        NAMESPACE, TABLE, scanned.type(), List.of(), Instant.EPOCH);
    return new PhaseContext(source, job, task, table, List.of(), () -> false, n -> { });
  }

  private static void require(PhaseOutcome outcome, String phase) {
    if (!(outcome instanceof PhaseOutcome.Succeeded)) {
      throw new IllegalStateException(phase + " did not succeed: " + outcome);
    }
  }

  private String sourceSize() throws SQLException {
    try (var c = postgres.connect(srcUrl); var st = c.createStatement();
        var rs = st.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('"
            + qualified() + "'))")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private long destinationRows() throws SQLException {
    try (var c = postgres.connect(dstUrl)) {
      return queryLong(c, "SELECT count(*) FROM " + qualified());
    }
  }

  private static String qualified() {
    return NAMESPACE + "." + TABLE;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** Command-line options, each {@code --name value}. */
  private record Options(long rows, int runs, int batch, String url, String user, String password) {
    static Options parse(String[] args) {
      long rows = 10_000_000;
      int runs = 2;
      int batch = JdbcMigrationEngine.DEFAULT_BATCH_SIZE;
      var url = LocalPostgres.DEFAULT_URL;
      var user = "postgres";
      var password = "";
      for (int i = 0; i + 1 < args.length; i += 2) {
        var value = args[i + 1];
        switch (args[i]) {
          case "--rows" -> rows = Long.parseLong(value);
          case "--runs" -> runs = Integer.parseInt(value);
          case "--batch" -> batch = Integer.parseInt(value);
          case "--url" -> url = value;
          case "--user" -> user = value;
          case "--password" -> password = value;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("options come as --name value pairs");
      }
      return new Options(rows, runs, batch, url, user, password);
    }
  }
}
