package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.mock.MockCatalogReader;
import dev.mms.application.mock.MockMigrationEngine;
import dev.mms.application.service.Fixture;
import dev.mms.application.service.MigrationControlPlane;
import dev.mms.application.service.catalog.CatalogService;
import dev.mms.application.service.datasource.DataSourceService;
import dev.mms.application.service.job.JobService;
import dev.mms.application.service.metadata.MetadataService;
import dev.mms.application.service.scheduler.Progress;
import dev.mms.application.service.scheduler.SchedulerSettings;
import dev.mms.application.service.scheduler.Worker;
import dev.mms.application.service.task.TaskService;
import dev.mms.application.service.timer.TimerService;
import dev.mms.domain.task.RetryPolicy;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

/**
 * The whole service behind a real HTTP server: the {@link MigrationControlPlane} on an in-memory
 * store with the MOCK reader and engine, as the server wires it, but not started. Async work
 * (scans, job creation) runs on the control plane's own threads, so callers poll for it as a client
 * would; tasks run only when the test steps its worker, one second of the test clock per step. A
 * failed phase is not retried by itself, so a test sees *_FAILED at once.
 */
final class LiveApi implements AutoCloseable {
  /** Times on the wire are in this zone; the clock starts at 2025-03-01 18:00:00 here. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL_LIMIT = Duration.ofSeconds(10);

  final Fixture.TestClock clock = new Fixture.TestClock(Fixture.T0);
  final MigrationControlPlane mms;
  final TestClient client;
  private final RestServer server;
  private final Worker worker;

  LiveApi() {
    mms =
        MigrationControlPlane.builder(new InMemoryStore().stores())
            .catalogReader(new MockCatalogReader())
            .engine(new MockMigrationEngine())
            .clock(clock)
            .scheduler(
                new SchedulerSettings(
                    "e2e",
                    1,
                    4,
                    Duration.ofSeconds(60),
                    Duration.ofMillis(20),
                    new RetryPolicy(0, Duration.ofSeconds(2), Duration.ofMinutes(5))))
            .build();
    server =
        RestServer.start(
            new RestSettings(
                "127.0.0.1",
                0,
                ZONE,
                RestSettings.DEFAULT_MAX_BODY_BYTES,
                List.of(),
                "cn-hangzhou",
                "1234"),
            clock,
            useCases(
                mms.dataSources(),
                mms.metadata(),
                mms.catalog(),
                mms.jobs(),
                mms.tasks(),
                mms.timers()));
    client = new TestClient(server.port());
    worker = mms.scheduler().newWorker("test");
  }

  /** The use cases of the six services, each passed for every operation of its concept. */
  static UseCases useCases(
      DataSourceService sources,
      MetadataService metadata,
      CatalogService catalog,
      JobService jobs,
      TaskService tasks,
      TimerService timers) {
    return new UseCases(
        sources, sources, sources, sources, sources, sources, metadata, metadata, metadata,
        catalog, catalog, catalog, catalog, catalog, catalog, catalog, catalog, catalog, jobs,
        jobs, jobs, jobs, jobs, jobs, jobs, jobs, tasks, tasks, tasks, tasks, timers, timers,
        timers, timers, timers, timers, timers);
  }

  @Override
  public void close() {
    server.close();
    mms.close();
  }

  // --- calls --------------------------------------------------------------------------------

  /**
   * A call that must succeed: 200, a {@code requestId} in the body equal to the {@code
   * x-acs-request-id} header; answers {@code data}.
   */
  JsonNode ok(TestRequest request) {
    var response = client.send(request);
    assertThat(response.status())
        .as("%s %s%s: %s", request.method, request.path, request.query, response.body())
        .isEqualTo(200);
    var body = response.json();
    assertThat(body.path("requestId").asText()).isNotBlank();
    assertThat(response.header("x-acs-request-id")).isEqualTo(body.path("requestId").asText());
    assertThat(body.has("data")).as("data in %s", body).isTrue();
    return body.path("data");
  }

  /**
   * A call that must fail with {@code status} and {@code code}; answers the error body, whose
   * {@code requestId} equals the header.
   */
  JsonNode fails(TestRequest request, int status, String code) {
    var response = client.send(request);
    assertThat(response.status())
        .as("%s %s%s: %s", request.method, request.path, request.query, response.body())
        .isEqualTo(status);
    var body = response.json();
    assertThat(body.path("code").asText()).as("code of %s", body).isEqualTo(code);
    assertThat(body.path("message").asText()).isNotBlank();
    assertThat(body.path("requestId").asText()).isEqualTo(response.header("x-acs-request-id"));
    return body;
  }

  /** Repeats {@code request} until its {@code data} satisfies {@code done}, for at most 10 s. */
  JsonNode poll(TestRequest request, Predicate<JsonNode> done) {
    long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
    while (true) {
      var data = ok(request);
      if (done.test(data)) {
        return data;
      }
      assertThat(System.nanoTime()).as("%s never finished: %s", request.path, data)
          .isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The async task, once it has ended (DONE or FAILED). */
  JsonNode asyncTask(long sourceId, long asyncTaskId) {
    return poll(
        TestRequest.get(source(sourceId) + "/asyncTasks/" + asyncTaskId),
        t -> !t.path("running").asBoolean() && !t.path("status").asText().equals("DOING"));
  }

  /** Runs every runnable task to its end, the clock moving one second per step. */
  int runTasks() {
    int steps = 0;
    while (worker.step() != Progress.IDLE) {
      clock.advance(Duration.ofSeconds(1));
      steps++;
    }
    return steps;
  }

  // --- the data -----------------------------------------------------------------------------

  /**
   * A MOCK source of {@code databases} x {@code tables} x {@code partitions} (ds=2024-01-01/hr=0
   * on), 100 rows of 1000 bytes per partition, scanned; answers its id.
   */
  long scannedMockSource(String name, int databases, int tables, int partitions) {
    long id = mockSource(name, databases, tables, partitions);
    scan(id, "{}");
    return id;
  }

  /** Scans what {@code body} names and waits until the scan is done; answers the scan. */
  JsonNode scan(long sourceId, String body) {
    var scanId =
        ok(TestRequest.post(source(sourceId) + "/scans").json(body)).path("scanId").asLong();
    var scan =
        poll(
            TestRequest.get(source(sourceId) + "/scans/" + scanId),
            s -> !s.path("status").asText().endsWith("DOING"));
    assertThat(scan.path("status").asText()).as("scan %s", scan).isEqualTo("SCAN_DONE");
    return scan;
  }

  /** Changes some of the source's config values (UpdateMmsDataSource UPDATE_CONFIG). */
  void updateConfig(long sourceId, String config) {
    ok(
        TestRequest.of("PUT", source(sourceId))
            .json("{\"action\":\"UPDATE_CONFIG\",\"config\":" + config + "}"));
  }

  long mockSource(String name, int databases, int tables, int partitions) {
    return ok(
            TestRequest.post("/api/v1/mms/datasources")
                .json(
                    """
                    {"name":"%s","type":"MOCK","config":{"mock.databases":%d,"mock.tables":%d,
                     "mock.partitions":%d,"mock.partition.rows":100,"mock.partition.size":1000}}"""
                        .formatted(name, databases, tables, partitions)))
        .path("dataSourceId")
        .asLong();
  }

  /** Creates a job from {@code body} and waits for its async task; answers the job id. */
  long createJob(long sourceId, String body) {
    var asyncTaskId =
        ok(TestRequest.post(source(sourceId) + "/jobs").json(body)).path("asyncTaskId").asLong();
    var task = asyncTask(sourceId, asyncTaskId);
    assertThat(task.path("status").asText()).as("job creation %s", task).isEqualTo("DONE");
    return task.path("objectId").asLong();
  }

  /** A JSON literal of a test, as a tree to compare answers with. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String source(long sourceId) {
    return "/api/v1/mms/datasources/" + sourceId;
  }
}
