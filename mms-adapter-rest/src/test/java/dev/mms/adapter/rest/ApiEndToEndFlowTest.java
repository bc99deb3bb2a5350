package dev.mms.adapter.rest;

import static dev.mms.adapter.rest.LiveApi.json;
import static dev.mms.adapter.rest.LiveApi.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The life of a MOCK data source over HTTP, as a client of MMS lives it: register, scan, plan,
 * migrate, stop and resume, fail and retry, remap and reset tables, schedule with a timer, and
 * delete everything. Each step checks what the operation answers and what it changed.
 */
class ApiEndToEndFlowTest {
  private LiveApi api;

  @BeforeEach
  void start() {
    api = new LiveApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_source_is_registered_scanned_migrated_scheduled_and_deleted() {
    // Register and scan.
    long id =
        api.ok(
                TestRequest.post("/api/v1/mms/datasources")
                    .json(
                        """
                        {"name":"flow","type":"MOCK","networklink":"vpc-1:cn-hangzhou",
                         "config":{"mock.databases":1,"mock.tables":2,"mock.partitions":3,
                          "mock.partition.rows":10,"mock.partition.size":100}}"""))
            .path("dataSourceId")
            .asLong();
    var base = source(id);
    var registered = api.ok(TestRequest.get(base));
    assertThat(registered.path("name").asText()).isEqualTo("flow");
    assertThat(registered.path("networklink").asText()).isEqualTo("vpc-1:cn-hangzhou");
    assertThat(registered.path("status").asText()).isEqualTo("STARTED");
    assertThat(registered.has("scanId")).isFalse();

    long scanId = api.ok(TestRequest.post(base + "/scans").chunked()).path("scanId").asLong();
    var scan =
        api.poll(
            TestRequest.get(base + "/scans/" + scanId),
            s -> s.path("status").asText().equals("SCAN_DONE"));
    assertThat(scan.path("result").asText())
        .isEqualTo(
            "{\"databases\":1,\"tables\":2,\"partitions\":6,\"added\":9,\"updated\":0,\"deleted\":0}");
    var scanTask = api.asyncTask(id, scanId);
    assertThat(scanTask.path("type").asText()).isEqualTo("SCAN");
    assertThat(scanTask.path("status").asText()).isEqualTo("DONE");
    assertThat(api.ok(TestRequest.get(base)).path("scanId").asLong()).isEqualTo(scanId);

    // Rename, and test the connection through an async task.
    assertThat(api.ok(TestRequest.of("PUT", base).json("{\"action\":\"RENAME\",\"name\":\"flow2\"}")))
        .isEqualTo(json("{\"sourceId\":" + id + "}"));
    var tested =
        api.ok(
            TestRequest.of("PUT", base)
                .json("{\"action\":\"UPDATE_CONFIG\",\"config\":{\"mock.seed\":7},\"test\":true}"));
    assertThat(tested.path("sourceId").asLong()).isEqualTo(id);
    var test = api.asyncTask(id, tested.path("asyncTaskId").asLong());
    assertThat(test.path("status").asText()).isEqualTo("DONE");
    assertThat(test.path("result").asText())
        .isEqualTo("MOCK source: 1 databases x 2 tables x 3 partitions");
    var renamed = api.ok(TestRequest.get(base).query("withConfig", "true"));
    assertThat(renamed.path("name").asText()).isEqualTo("flow2");
    assertThat(configValue(renamed, "mock.seed")).isEqualTo("7");
    assertThat(configValue(renamed, "mock.tables")).isEqualTo("2");

    // Plan, then create: the async task names the job.
    var jobBody =
        """
        {"name":"first","srcDbName":"mock_db_1","tables":["mock_table_1"],
         "partitionFilters":{"mock_table_1":"hr >= 1"},"tableMapping":{"mock_table_1":"t1"}}""";
    var plan = api.ok(TestRequest.post(base + "/jobs").query("dryRun", "true").json(jobBody));
    long table1 = table(base, "mock_table_1");
    assertThat(plan)
        .isEqualTo(
            json(
                """
                {"tables":[{"id":%d,"name":"mock_table_1"}],
                 "tasks":[{"tableId":%d,"srcTableName":"mock_table_1","dstTableName":"t1",
                   "partitions":["ds=2024-01-01/hr=1","ds=2024-01-01/hr=2"],"bytes":200,
                   "rows":20,"oversize":false}],
                 "skipped":[],"totals":{"tables":1,"partitions":2,"bytes":200,"rows":20,"tasks":1},
                 "warnings":[]}"""
                    .formatted(table1, table1)));
    assertThat(api.ok(TestRequest.get(base + "/jobs")).path("total").asLong()).isZero();

    long creation =
        api.ok(TestRequest.post(base + "/jobs").json(jobBody)).path("asyncTaskId").asLong();
    var created = api.asyncTask(id, creation);
    assertThat(created.path("type").asText()).isEqualTo("TASK_CREATE");
    assertThat(created.path("status").asText()).isEqualTo("DONE");
    long first = created.path("objectId").asLong();
    var job = api.ok(TestRequest.get(base + "/jobs/" + first));
    assertThat(job.path("status").asText()).isEqualTo("INIT");
    assertThat(job.path("taskNum").asInt()).isEqualTo(1);

    // Stop before it runs: nothing runs; start: it runs to the end.
    assertThat(api.ok(TestRequest.post(base + "/jobs/" + first + "/stop")).asLong()).isEqualTo(first);
    assertThat(api.ok(TestRequest.get(base + "/jobs/" + first)).path("stopped").asBoolean()).isTrue();
    assertThat(api.runTasks()).isZero();
    assertThat(api.ok(TestRequest.post(base + "/jobs/" + first + "/start")).asLong()).isEqualTo(first);
    assertThat(api.runTasks()).isPositive();
    var done = api.ok(TestRequest.get(base + "/jobs/" + first));
    assertThat(done.path("status").asText()).isEqualTo("DONE");
    assertThat(done.path("stopped").asBoolean()).isFalse();
    assertThat(done.path("taskDone").asInt()).isEqualTo(1);

    var tasks = api.ok(TestRequest.get(base + "/tasks").query("jobId", Long.toString(first)));
    long task = tasks.at("/objectList/0/id").asLong();
    assertThat(tasks.at("/objectList/0/status").asText()).isEqualTo("DONE");
    assertThat(tasks.at("/objectList/0/dstTableName").asText()).isEqualTo("t1");
    var logs = api.ok(TestRequest.get(base + "/tasks/" + task + "/logs"));
    assertThat(texts(logs, "status"))
        .containsExactly(
            "INIT", "INIT", "SCHEMA_DOING", "SCHEMA_DOING", "SCHEMA_DONE", "DATA_DOING",
            "DATA_DOING", "DATA_DOING", "DATA_DONE", "VERIFICATION_DOING", "VERIFICATION_DOING",
            "VERIFICATION_DOING", "VERIFICATION_DONE", "DONE");
    assertThat(texts(logs, "action").subList(0, 3))
        .containsExactly("stop by user", "start by user", "begin schema");
    assertThat(logs.get(3).path("action").asText())
        .startsWith("create table if not exists mock_db_1.t1 (");
    assertThat(api.ok(TestRequest.get(base + "/tables/" + table1)).path("status").asText())
        .isEqualTo("PART_DONE");

    // A job that fails, retried as a job (it fails again) and then as a task (it succeeds).
    api.updateConfig(id, "{\"mock.fail.rate\":\"1\"}");
    long second = api.createJob(id, "{\"name\":\"second\",\"srcDbName\":\"mock_db_1\",\"tables\":[\"mock_table_2\"]}");
    api.runTasks();
    assertThat(api.ok(TestRequest.get(base + "/jobs/" + second)).path("status").asText()).isEqualTo("FAILED");
    long failedTask =
        api.ok(TestRequest.get(base + "/tasks").query("jobId", Long.toString(second)))
            .at("/objectList/0/id")
            .asLong();
    assertThat(api.ok(TestRequest.post(base + "/jobs/" + second + "/retry")).asLong()).isEqualTo(second);
    assertThat(api.ok(TestRequest.get(base + "/tasks/" + failedTask)).path("status").asText())
        .isEqualTo("SCHEMA_DOING");
    api.runTasks();
    api.updateConfig(id, "{\"mock.fail.rate\":\"0\"}");
    assertThat(api.ok(TestRequest.get(base + "/tasks/" + failedTask)).path("status").asText())
        .isEqualTo("SCHEMA_FAILED");
    assertThat(api.ok(TestRequest.post(base + "/tasks/" + failedTask + "/retry")).asLong()).isEqualTo(failedTask);
    api.runTasks();
    var retried = api.ok(TestRequest.get(base + "/tasks/" + failedTask));
    assertThat(retried.path("status").asText()).isEqualTo("DONE");
    assertThat(retried.path("retriedTimes").asInt()).isEqualTo(2);
    assertThat(api.ok(TestRequest.get(base + "/jobs/" + second)).path("status").asText()).isEqualTo("DONE");

    // Remap and reset tables and the database.
    assertThat(
            api.ok(
                    TestRequest.of("PUT", base + "/tables/" + table1)
                        .json("{\"dstProjectName\":\"proj\",\"dstName\":\"t1_copy\"}"))
                .asLong())
        .isEqualTo(table1);
    var remapped = api.ok(TestRequest.get(base + "/tables/" + table1));
    assertThat(remapped.path("dstProjectName").asText()).isEqualTo("proj");
    assertThat(remapped.path("dstName").asText()).isEqualTo("t1_copy");
    assertThat(remapped.path("partitionsDone").asInt()).isEqualTo(2);
    api.ok(TestRequest.of("PUT", base + "/tables/" + table1).json("{\"status\":\"INIT\"}"));
    var reset = api.ok(TestRequest.get(base + "/tables/" + table1));
    assertThat(reset.path("status").asText()).isEqualTo("INIT");
    assertThat(reset.path("partitionsDone").asInt()).isZero();
    assertThat(reset.path("dstName").asText()).isEqualTo("t1_copy");
    assertThat(
            api.ok(
                    TestRequest.of("PUT", base + "/tables")
                        .json(
                            """
                            {"dbName":"mock_db_1","tableNames":["mock_table_2"],
                             "dstSchemaName":"s2","status":"INIT"}"""))
                .asInt())
        .isEqualTo(1);
    var table2 = api.ok(TestRequest.get(base + "/tables/" + table(base, "mock_table_2")));
    assertThat(table2.path("dstSchemaName").asText()).isEqualTo("s2");
    assertThat(table2.path("status").asText()).isEqualTo("INIT");
    long dbId = api.ok(TestRequest.get(base + "/dbs")).at("/objectList/0/id").asLong();
    assertThat(
            api.ok(
                    TestRequest.of("PUT", base + "/dbs/" + dbId)
                        .json("{\"dstProjectName\":\"proj\",\"dstName\":\"schema_x\"}"))
                .asLong())
        .isEqualTo(dbId);
    var db = api.ok(TestRequest.get(base + "/dbs/" + dbId));
    assertThat(db.path("dstProjectName").asText()).isEqualTo("proj");
    assertThat(db.path("dstName").asText()).isEqualTo("schema_x");
    assertThat(db.path("status").asText()).isEqualTo("INIT");

    // A timer: create, read, change, fire by hand, delete.
    long timer =
        api.ok(
                TestRequest.post(base + "/timers")
                    .json(
                        """
                        {"name":"nightly","sourceId":%d,"srcDbName":"mock_db_1",
                         "scheduleType":"Daily","value":"02:30","tables":["mock_table_1"]}"""
                            .formatted(id)))
            .path("timerId")
            .asLong();
    assertThat(ids(api.ok(TestRequest.get(base + "/timers")))).containsExactly(timer);
    var stored = api.ok(TestRequest.get(base + "/timers/" + timer));
    assertThat(stored.path("createTime").asText())
        .isEqualTo(Long.toString(api.clock.instant().toEpochMilli()));
    assertThat(stored.path("scheduleType").asText()).isEqualTo("Daily");
    assertThat(
            api.ok(
                    TestRequest.of("PUT", base + "/timers/" + timer)
                        .json("{\"scheduleType\":\"Hourly\",\"value\":\"45\",\"stopped\":true}"))
                .asLong())
        .isEqualTo(timer);
    var changed = api.ok(TestRequest.get(base + "/timers/" + timer));
    assertThat(changed.path("scheduleType").asText()).isEqualTo("Hourly");
    assertThat(changed.path("value").asText()).isEqualTo("45");
    assertThat(changed.path("stopped").asBoolean()).isTrue();
    assertThat(api.ok(TestRequest.post(base + "/timers/" + timer + "/trigger")).asLong()).isEqualTo(timer);
    // The firing stores its job through an async task, as CreateMmsJob does.
    var timerJobs =
        api.poll(
            TestRequest.get(base + "/jobs").query("timerId", Long.toString(timer)),
            page -> page.path("total").asLong() == 1);
    assertThat(timerJobs.at("/objectList/0/name").asText()).startsWith("nightly_");
    assertThat(timerJobs.at("/objectList/0/taskNum").asInt()).isEqualTo(1);
    var timerLogs = api.ok(TestRequest.get(base + "/timers/" + timer + "/logs"));
    assertThat(timerLogs.path("total").asLong()).isEqualTo(1);
    assertThat(timerLogs.at("/objectList/0/msg").asText()).isEqualTo("start job success");
    assertThat(timerLogs.at("/objectList/0/status").asText()).isEqualTo("INIT");
    var firing = api.asyncTask(id, timerLogs.at("/objectList/0/id").asLong());
    assertThat(firing.path("type").asText()).isEqualTo("TASK_CREATE");
    assertThat(firing.path("objectId").asLong()).isEqualTo(timerJobs.at("/objectList/0/id").asLong());
    assertThat(api.ok(TestRequest.of("DELETE", base + "/timers/" + timer)).asLong()).isEqualTo(timer);
    api.fails(TestRequest.get(base + "/timers/" + timer), 404, "EntityNotExist.Timer");

    // Delete a job, then the source with everything it holds.
    assertThat(api.ok(TestRequest.post(base + "/jobs/" + first)).asLong()).isEqualTo(first);
    api.fails(TestRequest.get(base + "/jobs/" + first), 404, "EntityNotExist.Job");
    api.fails(TestRequest.get(base + "/tasks/" + task), 404, "EntityNotExist.Task");
    assertThat(api.ok(TestRequest.get(base + "/jobs")).path("total").asLong()).isEqualTo(2);

    assertThat(api.ok(TestRequest.of("DELETE", base)).asLong()).isEqualTo(id);
    api.fails(TestRequest.get(base), 404, "EntityNotExist.DataSource");
    api.fails(TestRequest.get(base + "/jobs/" + second), 404, "EntityNotExist.DataSource");
    assertThat(api.ok(TestRequest.get("/api/v1/mms/datasources")).path("total").asLong()).isZero();
    long again = api.mockSource("flow2", 1, 1, 1);
    api.fails(TestRequest.get(source(again) + "/jobs/" + second), 404, "EntityNotExist.Job");
  }

  private long table(String base, String name) {
    return api.ok(TestRequest.get(base + "/tables").query("name", name))
        .at("/objectList/0/id")
        .asLong();
  }

  private static String configValue(JsonNode source, String key) {
    for (var item : source.path("config")) {
      if (item.path("key").asText().equals(key)) {
        return item.path("value").asText();
      }
    }
    return null;
  }

  private static List<Long> ids(JsonNode page) {
    var result = new ArrayList<Long>();
    page.path("objectList").forEach(n -> result.add(n.path("id").asLong()));
    return result;
  }

  private static List<String> texts(JsonNode array, String key) {
    var result = new ArrayList<String>();
    array.forEach(n -> result.add(n.path(key).asText()));
    return result;
  }
}
