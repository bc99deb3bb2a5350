package dev.mms.benchmarks.controlplane;

import static dev.mms.benchmarks.controlplane.HttpLoad.query;
import static dev.mms.benchmarks.postgres.LocalPostgres.queryLong;

import dev.mms.application.mock.MockMigrationEngine;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.application.port.in.job.DeleteJobUseCase.DeleteJobCommand;
import dev.mms.benchmarks.plan.PlannerBenchmark;
import dev.mms.benchmarks.postgres.LocalPostgres;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rows 4 to 7 of issue #7 on the PostgreSQL store, each section in databases it makes and drops:
 * job creation next to COPY of the same rows ({@code jobs}), ListMmsTasks and ListMmsPartitions
 * over a million rows through HTTP ({@code lists}), GetMmsJob and ListMmsJobs next to a trivial
 * endpoint ({@code http}), and MOCK tasks run by workers ({@code scheduling}).
 *
 * <p>{@code java -Xmx8g -cp mms-benchmarks.jar dev.mms.benchmarks.controlplane.ControlPlaneHarness
 * [--sections jobs,lists,http,scheduling] [--tables 1000] [--partitions 1000]
 * [--sched-tables 100] [--sched-partitions 1000] [--sched-jobs 1] [--workers 4] [--list-seconds 5]
 * [--http-seconds 10] [--sched-timeout 1800] [--sync-commit on] [--store postgres] [--url …]
 * [--user postgres] [--password ""]}. {@code --store h2} runs the {@code http} section on the
 * embedded store a server opens by default instead. {@code --sync-commit off} turns off waiting for WAL flushes in the scheduling
 * database, to see how much of a task's time is spent there.
 */
public final class ControlPlaneHarness {
  private final Options options;
  private final LocalPostgres postgres;

  private ControlPlaneHarness(Options options, LocalPostgres postgres) {
    this.options = options;
    this.postgres = postgres;
  }

  public static void main(String[] args) throws Exception {
    var options = Options.parse(args);
    try (var postgres = new LocalPostgres(options.url, options.user, options.password)) {
      var harness = new ControlPlaneHarness(options, postgres);
      if (options.embeddedStore()) {
        harness.httpOnEmbeddedStore();
      } else if (options.has("jobs") || options.has("lists") || options.has("http")) {
        harness.catalogSections();
      }
      if (options.has("scheduling")) {
        harness.scheduling();
      }
    }
  }

  /** Jobs, lists and HTTP share one store holding a MOCK catalog of tables x partitions. */
  private void catalogSections() throws Exception {
    var url = postgres.createDatabase("store");
    try (var mms = new Mms(url, postgres.user(), postgres.password(), new MockMigrationEngine(),
        1)) {
      var plane = mms.plane();
      long source = mms.mockSource("bench", options.tables, options.partitions, 50);
      long t0 = System.nanoTime();
      mms.scan(source);
      print("scan of %d x %d partitions into the store: %.1f s", options.tables,
          options.partitions, JobCreation.seconds(System.nanoTime() - t0));

      var creation = new JobCreation(mms, postgres, url);
      if (options.has("jobs")) {
        var filters = new LinkedHashMap<String, String>();
        for (int t = 1; t <= options.tables; t++) {
          filters.put("mock_table_" + t, PlannerBenchmark.FILTER);
        }
        var filtered = creation.create(source, "filtered", filters);
        print("%s", filtered.report("job of the planning benchmark's plan (filter per table)"));
        Mms.ok(plane.jobs().deleteJob(new DeleteJobCommand(source, filtered.jobId())), "delete");
      }
      if (options.has("lists") || options.has("http")) {
        Mms.ok(plane.dataSources().updateDataSource(new UpdateDataSourceCommand(source,
            "UPDATE_CONFIG", Optional.empty(),
            Map.of(ConfigItems.TASK_PARTITION_MAX_NUM, ConfigValue.text("1")), false)),
            "one partition per task");
        var perPartition = creation.create(source, "per_partition", Map.of());
        print("%s", perPartition.report("job of one task per partition"));
        // What autovacuum does a little later anyway after a bulk insert: statistics for the
        // plans, and a visibility map, without which an index-only scan still reads every row.
        try (var c = postgres.connect(url)) {
          LocalPostgres.execute(c, "VACUUM ANALYZE");
        }
        try (var http = new HttpLoad(plane, source)) {
          if (options.has("lists")) {
            lists(http, url, source, perPartition.jobId());
          }
          if (options.has("http")) {
            jobsUnderLoad(http, source, perPartition.jobId());
            readsFromPgBench(url, source, perPartition.jobId());
          }
        }
      }
    }
  }

  /** Every filter and sorter of ListMmsTasks and ListMmsPartitions, one wrk run each. */
  private void lists(HttpLoad http, String storeUrl, long source, long jobId) throws Exception {
    long dbId;
    long tableId;
    try (var c = postgres.connect(storeUrl)) {
      dbId = queryLong(c, "SELECT id FROM mms_database WHERE source_id = " + source);
      tableId = queryLong(c, "SELECT id FROM mms_table WHERE source_id = " + source
          + " AND name = 'mock_table_" + (options.tables / 2) + "'");
    }
    var table = "mock_table_" + (options.tables / 2);
    var spec = "ds=2024-01-15/hr=6";
    int deepPage = (int) Math.min(5_000, (long) options.tables * options.partitions / 20 / 2);
    var tasks = new LinkedHashMap<String, Map<String, String>>();
    tasks.put("no filter (page 1 of 20)", query());
    tasks.put("jobId", query("jobId", Long.toString(jobId)));
    tasks.put("jobName", query("jobName", "per_part"));
    tasks.put("srcDbName", query("srcDbName", Mms.MOCK_DB));
    tasks.put("srcTableName", query("srcTableName", table));
    tasks.put("dstDbName", query("dstDbName", Mms.MOCK_DB));
    tasks.put("dstTableName", query("dstTableName", table));
    tasks.put("status", query("status", "INIT"));
    tasks.put("partition", query("partition", spec));
    tasks.put("sorter.startTime desc", query("sorter.startTime", "desc"));
    tasks.put("sorter.status asc", query("sorter.status", "asc"));
    tasks.put("jobId + sorter.status desc",
        query("jobId", Long.toString(jobId), "sorter.status", "desc"));
    tasks.put("page " + deepPage + " of 20", query("pageNum", Integer.toString(deepPage),
        "pageSize", "20"));
    var partitions = new LinkedHashMap<String, Map<String, String>>();
    partitions.put("no filter (page 1 of 20)", query());
    partitions.put("dbId", query("dbId", Long.toString(dbId)));
    partitions.put("dbName", query("dbName", Mms.MOCK_DB));
    partitions.put("tableId", query("tableId", Long.toString(tableId)));
    partitions.put("tableName", query("tableName", table));
    partitions.put("value", query("value", spec));
    partitions.put("updated", query("updated", "false"));
    partitions.put("status", query("status", "[\"DOING\"]"));
    partitions.put("lastDdlTime range", query("lastDdlTimeStart", "2023-12-31 00:00:00",
        "lastDdlTimeEnd", "2024-01-02 00:00:00"));
    partitions.put("sorter.numRows desc", query("sorter.numRows", "desc"));
    partitions.put("sorter.size asc", query("sorter.size", "asc"));
    partitions.put("sorter.lastDdlTime desc", query("sorter.lastDdlTime", "desc"));
    partitions.put("tableId + sorter.size desc", query("tableId", Long.toString(tableId),
        "sorter.size", "desc"));
    partitions.put("page " + deepPage + " of 20", query("pageNum", Integer.toString(deepPage),
        "pageSize", "20"));
    var wrk = new Wrk(1, options.listConnections, options.listSeconds);
    // Let the JIT compile the server's paths before anything is measured.
    new Wrk(1, options.listConnections, 5).run(http.url(source, "/tasks", query()));
    new Wrk(1, options.listConnections, 5).run(http.url(source, "/partitions", query()));
    print("ListMmsTasks over %,d tasks, wrk -t1 -c%d -d%ds each:", (long) options.tables
        * options.partitions, options.listConnections, options.listSeconds);
    for (var e : tasks.entrySet()) {
      var url = http.url(source, "/tasks", e.getValue());
      http.get(url);
      print("  %-30s %s", e.getKey(), wrk.run(url).line());
    }
    print("ListMmsPartitions over %,d partitions, wrk -t1 -c%d -d%ds each:",
        (long) options.tables * options.partitions, options.listConnections, options.listSeconds);
    for (var e : partitions.entrySet()) {
      var url = http.url(source, "/partitions", e.getValue());
      http.get(url);
      print("  %-30s %s", e.getKey(), wrk.run(url).line());
    }
  }

  /**
   * Row 6 on the store a server has when it is given none: embedded H2 in a file, as
   * {@code serve} opens it. The catalog and the one-task-per-partition job are those of the
   * PostgreSQL run, so the two runs differ only in the store.
   */
  private void httpOnEmbeddedStore() throws Exception {
    if (!options.sections.equals(Set.of("http"))) {
      throw new IllegalArgumentException("--store h2 measures the http section alone: the other"
          + " sections compare with PostgreSQL's COPY and read PostgreSQL's statistics");
    }
    var dir = java.nio.file.Files.createTempDirectory("mms-bench-h2");
    var url = "jdbc:h2:file:" + dir.resolve("mms") + ";AUTO_SERVER=TRUE";
    try (var mms = new Mms(url, "sa", "", new MockMigrationEngine(), 1)) {
      var plane = mms.plane();
      long source = mms.mockSource("bench", options.tables, options.partitions, 1);
      mms.scan(source);
      long jobId = mms.await(source, mms.createJob(source, "per_partition", Map.of()),
          "create job").objectId().orElseThrow();
      print("embedded H2 store (%s): %,d partitions, one task each", url,
          (long) options.tables * options.partitions);
      try (var http = new HttpLoad(plane, source)) {
        jobsUnderLoad(http, source, jobId);
      }
    } finally {
      try (var files = java.nio.file.Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** GetMmsJob and ListMmsJobs next to the trivial endpoint, alternating, twice. */
  private void jobsUnderLoad(HttpLoad http, long source, long jobId) throws Exception {
    var urls = new LinkedHashMap<String, String>();
    urls.put("trivial (GetMmsDataSource, no store)", http.url(source, "", query()));
    urls.put("GetMmsJob", http.url(source, "/jobs/" + jobId, query()));
    urls.put("ListMmsJobs", http.url(source, "/jobs", query()));
    var wrk = new Wrk(2, options.httpConnections, options.httpSeconds);
    print("HTTP under load, wrk -t2 -c%d -d%ds each:", options.httpConnections,
        options.httpSeconds);
    var best = new LinkedHashMap<String, Double>();
    for (int round = 1; round <= 2; round++) {
      for (var e : urls.entrySet()) {
        http.get(e.getValue());
        var result = wrk.run(e.getValue());
        best.merge(e.getKey(), result.requestsPerSecond(), Math::max);
        print("  %-38s %s", e.getKey(), result.line());
      }
    }
    double trivial = best.values().iterator().next();
    best.forEach((k, v) -> print("  best %-33s %,10.0f req/s  %5.1f%% of trivial (target >= 60%%)",
        k, v, 100 * v / trivial));
  }

  /** GetMmsJob's read of a job found (the job with its tally) straight from pgbench. */
  private void readsFromPgBench(String storeUrl, long source, long jobId) throws Exception {
    var reads = "SELECT * FROM mms_job j LEFT JOIN mms_job_tally jt ON jt.job_id = j.id"
        + " WHERE j.id = " + jobId + " AND j.source_id = " + source + ";\n";
    double tps = new PgBench(storeUrl, postgres.user()).tps(reads, options.httpConnections,
        options.httpSeconds);
    print("  pgbench, GetMmsJob's read, -c%d -M prepared: %,10.0f per second",
        options.httpConnections, tps);
  }

  /** MOCK tasks of one partition each, run by the workers until all are finished. */
  private void scheduling() throws Exception {
    var url = postgres.createDatabase("sched");
    if (!options.syncCommit) {
      // Diagnostic only: shows how much of a task's time is waiting for WAL flushes at commit.
      try (var c = postgres.connect(url)) {
        LocalPostgres.execute(c, "ALTER DATABASE " + url.substring(url.lastIndexOf('/') + 1)
            + " SET synchronous_commit = off");
      }
    }
    var engine = new CountingEngine(new MockMigrationEngine());
    try (var mms = new Mms(url, postgres.user(), postgres.password(), engine, options.workers)) {
      long source = mms.mockSource("sched", options.schedTables, options.schedPartitions, 1);
      mms.scan(source);
      // Tables are dealt to the jobs in turn, so that the jobs' tasks interleave in the queue.
      var jobIds = new java.util.ArrayList<Long>();
      for (int j = 0; j < options.schedJobs; j++) {
        var tables = new java.util.ArrayList<String>();
        for (int t = 1 + j; t <= options.schedTables; t += options.schedJobs) {
          tables.add("mock_table_" + t);
        }
        var job = mms.await(source, mms.createJob(source, "sched_" + j, Map.of(), tables),
            "create job");
        jobIds.add(job.objectId().orElseThrow());
      }
      var inJobs = " WHERE job_id IN (" + String.join(", ",
          jobIds.stream().map(String::valueOf).toList()) + ")";
      long total;
      try (var c = postgres.connect(url)) {
        total = queryLong(c, "SELECT count(*) FROM mms_task" + inJobs);
      }
      print("scheduling %,d MOCK tasks of %d job(s) with %d workers on PostgreSQL"
          + " (synchronous_commit %s)", total, jobIds.size(), options.workers,
          options.syncCommit ? "on" : "off");
      long commitsBefore = commits(url);
      var os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long jvmCpuBefore = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      mms.plane().start();
      // The pool's connections are open now and stay open: their backends do the store's work.
      Thread.sleep(500);
      var backends = backendPids(url);
      long pgCpuBefore = BackendCpu.nanos(backends);
      long finished = 0;
      long deadline = t0 + options.schedTimeoutSeconds * 1_000_000_000L;
      try (var c = postgres.connect(url)) {
        while (finished < total && System.nanoTime() < deadline) {
          Thread.sleep(1_000);
          finished = queryLong(c, "SELECT count(*) FROM mms_task" + inJobs + " AND finished");
        }
        double wall = JobCreation.seconds(System.nanoTime() - t0);
        long jvmCpu = os.getProcessCpuTime() - jvmCpuBefore;
        long pgCpu = BackendCpu.nanos(backends) - pgCpuBefore;
        mms.plane().scheduler().close();
        long done = queryLong(c, "SELECT count(*) FROM mms_task" + inJobs
            + " AND status = 'DONE'");
        long twice = engine.dataRuns().values().stream().filter(n -> n.get() > 1).count();
        long ran = engine.dataRuns().size();
        print("  %,d of %,d tasks finished (%,d DONE) in %.1f s%s", finished, total, done, wall,
            finished < total ? " - TIMED OUT" : "");
        print("  %.0f tasks/s; wall time per task %.3f ms; worker time per task %.3f ms"
            + " (target < 5 ms)", finished / wall, 1000 * wall / finished,
            1000 * wall * options.workers / finished);
        print("  data phase ran for %,d tasks; tasks whose data phase ran more than once: %d",
            ran, twice);
        Thread.sleep(1_500);
        print("  %.1f committed transactions per task", (commits(url) - commitsBefore)
            / (double) finished);
        print("  CPU per task: this JVM %.2f ms, the store's %d PostgreSQL backends %.2f ms;"
            + " the machine has 2 cores, so %.1f ms of CPU per task of wall time", jvmCpu / 1e6
            / finished, backends.size(), pgCpu / 1e6 / finished, 2000 * wall / finished);
      }
    }
  }

  /** The server processes of the connections open on the database now. */
  private java.util.List<Long> backendPids(String url) throws SQLException {
    try (var c = postgres.connect(url); var st = c.createStatement();
        var rs = st.executeQuery("SELECT pid FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      var pids = new java.util.ArrayList<Long>();
      while (rs.next()) {
        pids.add(rs.getLong(1));
      }
      return pids;
    }
  }

  /** Transactions committed in the database so far, as PostgreSQL's statistics count them. */
  private long commits(String url) throws SQLException {
    try (var c = postgres.connect(url)) {
      return queryLong(c, "SELECT xact_commit FROM pg_stat_database"
          + " WHERE datname = current_database()");
    }
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  /** Command-line options, each {@code --name value}. */
  private record Options(Set<String> sections, int tables, int partitions, int schedTables,
      int schedPartitions, int schedJobs, int workers, int listSeconds, int listConnections,
      int httpSeconds, int httpConnections, long schedTimeoutSeconds, boolean syncCommit,
      boolean embeddedStore, String url, String user, String password) {
    boolean has(String section) {
      return sections.contains(section);
    }

    static Options parse(String[] args) {
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("options come as --name value pairs");
      }
      var v = new LinkedHashMap<String, String>();
      v.put("sections", "jobs,lists,http,scheduling");
      v.put("tables", "1000");
      v.put("partitions", "1000");
      v.put("sched-tables", "100");
      v.put("sched-partitions", "1000");
      v.put("sched-jobs", "1");
      v.put("workers", "4");
      v.put("list-seconds", "5");
      v.put("list-connections", "4");
      v.put("http-seconds", "10");
      v.put("http-connections", "16");
      v.put("sched-timeout", "1800");
      v.put("sync-commit", "on");
      v.put("store", "postgres");
      v.put("url", LocalPostgres.DEFAULT_URL);
      v.put("user", "postgres");
      v.put("password", "");
      for (int i = 0; i < args.length; i += 2) {
        var key = args[i].replaceFirst("^--", "");
        if (!v.containsKey(key)) {
          throw new IllegalArgumentException(
              "unknown option " + args[i] + "; known: " + v.keySet());
        }
        v.put(key, args[i + 1]);
      }
      return new Options(Set.of(v.get("sections").split(",")), number(v, "tables"),
          number(v, "partitions"), number(v, "sched-tables"), number(v, "sched-partitions"),
          number(v, "sched-jobs"), number(v, "workers"), number(v, "list-seconds"),
          number(v, "list-connections"), number(v, "http-seconds"), number(v, "http-connections"),
          number(v, "sched-timeout"), !v.get("sync-commit").equals("off"),
          embedded(v.get("store")), v.get("url"), v.get("user"), v.get("password"));
    }

    private static boolean embedded(String store) {
      return switch (store) {
        case "postgres" -> false;
        case "h2" -> true;
        default -> throw new IllegalArgumentException(
            "--store is postgres or h2, not " + store);
      };
    }

    private static int number(Map<String, String> values, String key) {
      return Integer.parseInt(values.get(key));
    }
  }
}
