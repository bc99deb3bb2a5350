package dev.mms.server.demo;

import static dev.mms.server.demo.ApiClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo migration, driven through the HTTP API of a running server: register the source,
 * scan it, preview the plan, create the job, watch it, show what the API returns, and check row
 * counts on both sides.
 */
public final class Demo {
  private static final String ORDERS_FILTER = "ds >= '2024-02-01' and region in ('east', 'west', 'north')";
  private static final String ORDERS_WHERE = "\"ds\" >= '2024-02-01' AND \"region\" IN ('east', 'west', 'north')";
  private static final Duration POLL = Duration.ofMillis(250);

  private final ApiClient api;
  private final DemoDatabases databases;
  private final PrintStream out;
  private final boolean terminal;

  public Demo(int port, Path dir, double scale, PrintStream out, boolean terminal) {
    this.api = new ApiClient(port);
    this.databases = new DemoDatabases(dir, scale);
    this.out = out;
    this.terminal = terminal;
  }

  /** Runs the whole demo; true when every count matched. */
  public boolean run() throws SQLException, InterruptedException {
    long t0 = System.nanoTime();
    out.printf("1. Building the source database (H2): %,d rows in shop.orders (ds, region),"
        + " shop.page_views (ds), shop.customers%n", databases.totalRows());
    databases.create();
    out.printf("   done in %.1f s%n", seconds(t0));

    out.println("2. Registering the JDBC data source (POST /datasources)");
    var config = body(
        "jdbc.url", databases.sourceUrl(), "jdbc.username", "sa",
        "jdbc.partition.columns", Map.of("orders", "ds,region", "page_views", "ds"),
        "dst.jdbc.url", databases.destinationUrl(), "dst.jdbc.username", "sa",
        "task.partition.max.num", "30");
    long source = api.post("/datasources", body("name", "demo-shop", "type", "JDBC", "config", config))
        .path("dataSourceId").asLong();
    out.println("   dataSourceId = " + source);

    out.println("3. Scanning its metadata (POST /datasources/" + source + "/scans)");
    long scanId = api.post("/datasources/" + source + "/scans", Map.of()).path("scanId").asLong();
    var scan = awaitScan(source, scanId);
    out.println("   " + scan.path("status").asText() + ": " + scan.path("result").asText());

    var job = body("name", "shop_to_copy", "srcDbName", DemoDatabases.SOURCE_SCHEMA,
        "dstDbName", DemoDatabases.DESTINATION_SCHEMA,
        "partitionFilters", Map.of("orders", ORDERS_FILTER),
        "tableMapping", Map.of("page_views", "web_page_views"),
        "enableVerification", true);
    out.println("4. Previewing the plan (POST /datasources/" + source + "/jobs?dryRun=true)");
    var plan = api.post("/datasources/" + source + "/jobs?dryRun=true", job);
    out.println("   " + plan.path("totals"));

    out.println("5. Creating the job (POST /datasources/" + source + "/jobs)");
    long asyncTask = api.post("/datasources/" + source + "/jobs", job).path("asyncTaskId").asLong();
    long jobId = awaitAsync(source, asyncTask).path("objectId").asLong();
    out.println("   jobId = " + jobId + " (from GET /asyncTasks/" + asyncTask + ")");

    out.println("6. Running (GET /datasources/" + source + "/jobs/" + jobId + ")");
    long tMove = System.nanoTime();
    var status = watch(source, jobId);
    double moveSeconds = seconds(tMove);

    out.println("7. The job, as GetMmsJob returns it:");
    out.println(api.raw("/datasources/" + source + "/jobs/" + jobId, Map.of()));
    out.println("   Its first tasks, as ListMmsTasks returns them:");
    out.println(api.raw("/datasources/" + source + "/tasks",
        Map.of("jobId", Long.toString(jobId), "pageNum", "1", "pageSize", "2")));
    long taskId = api.get("/datasources/" + source + "/tasks",
        Map.of("jobId", Long.toString(jobId), "pageSize", "1")).path("objectList").path(0).path("id").asLong();
    out.println("   The logs of task " + taskId + ", as ListMmsTaskLogs returns them:");
    out.println(api.raw("/datasources/" + source + "/tasks/" + taskId + "/logs", Map.of()));

    out.println("8. Row counts on both sides:");
    boolean allMatch = true;
    long moved = 0;
    for (var check : List.of(
        new Check("customers", "customers", ""),
        new Check("orders", "orders", ORDERS_WHERE),
        new Check("page_views", "web_page_views", ""))) {
      long src = databases.countSource(check.source(), check.where());
      long dst = databases.countDestination(check.destination(), "");
      moved += dst;
      allMatch &= src == dst;
      out.printf("   %-11s -> %-15s source %,9d  destination %,9d  %s%n", check.source(),
          check.destination(), src, dst, src == dst ? "ok" : "MISMATCH");
    }
    out.printf("%nJob %s: %,d rows migrated in %.1f s (%,.0f rows/s); whole demo %.1f s.%n",
        status, moved, moveSeconds, moved / Math.max(moveSeconds, 0.001), seconds(t0));
    return allMatch && "DONE".equals(status);
  }

  private record Check(String source, String destination, String where) {}

  private JsonNode awaitScan(long source, long scanId) throws InterruptedException {
    var scan = api.get("/datasources/" + source + "/scans/" + scanId);
    while ("SCAN_DOING".equals(scan.path("status").asText())) {
      Thread.sleep(POLL.toMillis());
      scan = api.get("/datasources/" + source + "/scans/" + scanId);
    }
    if (!"SCAN_DONE".equals(scan.path("status").asText())) {
      throw new DemoException("the scan failed: " + scan.path("errorMsg").asText());
    }
    return scan;
  }

  private JsonNode awaitAsync(long source, long asyncTaskId) throws InterruptedException {
    var task = api.get("/datasources/" + source + "/asyncTasks/" + asyncTaskId);
    while (task.path("running").asBoolean()) {
      Thread.sleep(POLL.toMillis());
      task = api.get("/datasources/" + source + "/asyncTasks/" + asyncTaskId);
    }
    if (!"DONE".equals(task.path("status").asText())) {
      throw new DemoException("creating the job failed: " + task.path("errorMsg").asText());
    }
    return task;
  }

  private String watch(long source, long jobId) throws InterruptedException {
    var bar = new ProgressBar(out, terminal);
    var job = api.get("/datasources/" + source + "/jobs/" + jobId);
    while (!List.of("DONE", "FAILED").contains(job.path("status").asText())) {
      bar.show(job.path("taskDone").asLong(), job.path("taskNum").asLong(),
          job.path("taskDone").asLong() + "/" + job.path("taskNum").asLong() + " tasks "
              + job.path("status").asText());
      Thread.sleep(POLL.toMillis());
      job = api.get("/datasources/" + source + "/jobs/" + jobId);
    }
    bar.show(job.path("taskDone").asLong(), job.path("taskNum").asLong(),
        job.path("taskDone").asLong() + "/" + job.path("taskNum").asLong() + " tasks "
            + job.path("status").asText());
    bar.finish();
    return job.path("status").asText();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
