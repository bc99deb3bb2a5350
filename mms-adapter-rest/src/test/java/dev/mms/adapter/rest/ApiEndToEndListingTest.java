package dev.mms.adapter.rest;

import static dev.mms.adapter.rest.LiveApi.json;
import static dev.mms.adapter.rest.LiveApi.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read operations over HTTP against the real application: every Get answers the stored object
 * field by field, every list operation filters, sorts and pages real data.
 *
 * <p>The data: source {@code e2e} (MOCK, 2 databases x 3 tables x 4 partitions of 100 rows and 1000
 * bytes), rescanned so that {@code mock_db_1.mock_table_2} has 200-row partitions (updated) and
 * {@code mock_db_1.mock_table_3} is not partitioned. Jobs: alpha (mock_db_1.mock_table_1, {@code hr
 * < 2}, DONE), bravo (mock_db_1.mock_table_3, DONE), charlie (mock_db_2.mock_table_2, stopped before
 * it ran, INIT) and delta (mock_db_2.mock_table_3, failed in its schema phase). Source {@code side}
 * (1 x 1 x 2) has the timers: nightly, triggered three times, and hourly, stopped.
 */
class ApiEndToEndListingTest {
  private static final String SPEC_1 = "ds=2024-01-01/hr=1";

  private static LiveApi api;
  private static long e2e;
  private static long side;
  private static long alpha;
  private static long bravo;
  private static long bravoCreation;
  private static long charlie;
  private static long delta;
  private static long nightly;
  private static long hourly;

  @BeforeAll
  static void store_the_data() {
    api = new LiveApi();
    e2e = api.scannedMockSource("e2e", 2, 3, 4);
    api.updateConfig(e2e, "{\"mock.partition.rows\":200}");
    api.scan(e2e, "{\"dbName\":\"mock_db_1\",\"tableNames\":[\"mock_table_2\"]}");
    api.updateConfig(e2e, "{\"mock.partitions\":0}");
    api.scan(e2e, "{\"dbName\":\"mock_db_1\",\"tableNames\":[\"mock_table_3\"]}");

    alpha =
        api.createJob(
            e2e,
            """
            {"name":"alpha","srcDbName":"mock_db_1","tables":["mock_table_1"],
             "partitionFilters":{"mock_table_1":"hr < 2"},"eta":"2025-03-02"}""");
    bravoCreation =
        api.ok(TestRequest.post(jobs()).json(job("bravo", "mock_db_1", "mock_table_3")))
            .path("asyncTaskId")
            .asLong();
    bravo = api.asyncTask(e2e, bravoCreation).path("objectId").asLong();
    api.runTasks();
    charlie = api.createJob(e2e, job("charlie", "mock_db_2", "mock_table_2"));
    api.ok(TestRequest.post(jobs() + "/" + charlie + "/stop"));
    api.updateConfig(e2e, "{\"mock.fail.rate\":\"1\"}");
    delta = api.createJob(e2e, job("delta", "mock_db_2", "mock_table_3"));
    api.runTasks();
    api.updateConfig(e2e, "{\"mock.fail.rate\":\"0\"}");

    side = api.scannedMockSource("side", 1, 1, 2);
    nightly =
        timer(
            """
            {"name":"nightly","srcDbName":"mock_db_1","scheduleType":"Daily","value":"02:30",
             "tables":["mock_table_1"],"tableMapping":{"mock_table_1":"t1_copy"},
             "enableVerification":false,"others":{"k":"v"}}""");
    hourly =
        timer(
            """
            {"name":"hourly","srcDbName":"mock_db_1","scheduleType":"Hourly","value":"15",
             "tableWhiteList":["mock_table_1"]}""");
    api.ok(TestRequest.of("PUT", timers() + "/" + hourly).json("{\"stopped\":true}"));
    for (int i = 0; i < 3; i++) {
      api.clock.advance(Duration.ofSeconds(1));
      api.ok(TestRequest.post(timers() + "/" + nightly + "/trigger"));
      // A log's id is its firing's job creation: wait for it, so that the next firing plans
      // against the stored job.
      long creation =
          api.ok(TestRequest.get(timers() + "/" + nightly + "/logs")).at("/objectList/0/id").asLong();
      api.asyncTask(side, creation);
    }
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  // --- data sources -------------------------------------------------------------------------

  @Test
  void get_mms_data_source_answers_the_source_with_its_counts_and_masked_config() {
    var data = api.ok(TestRequest.get(source(side)).query("withConfig", "true").query("lang", "en_US"));

    assertThat(without(data, "config"))
        .isEqualTo(
            json(
                """
                {"id":%d,"name":"side","type":"MOCK","region":"cn-hangzhou","status":"STARTED",
                 "agentIsOnline":true,"dstProjects":[],"createTime":"2025-03-01 18:00:%s",
                 "lastUpdateTime":"2025-03-01 18:00:%s","scanId":%d,"dbNum":1,"tableNum":1,
                 "partitionNum":2,"tablesDoingNum":0,"tablesDoneNum":0,"tablesFailedNum":0,
                 "tablesPartDoneNum":0,"partitionsDoingNum":0,"partitionsDoneNum":0,
                 "partitionsFailedNum":0}"""
                    .formatted(
                        side,
                        data.path("createTime").asText().substring(17),
                        data.path("lastUpdateTime").asText().substring(17),
                        data.path("scanId").asLong())));
    assertThat(data.path("scanId").isIntegralNumber()).isTrue();
    assertThat(data.path("config").get(0))
        .isEqualTo(
            json(
                """
                {"key":"mock.databases","name":"Databases","desc":"Number of databases",
                 "type":"int","placeHolder":"2","required":false,"enums":[],"group":"group.basic",
                 "value":1}"""));
  }

  @Test
  void list_mms_data_sources_filters_by_name_and_type_and_adds_the_scan_status() {
    var all = api.ok(TestRequest.get("/api/v1/mms/datasources"));
    var named = api.ok(TestRequest.get("/api/v1/mms/datasources").query("name", "sid"));
    var jdbc = api.ok(TestRequest.get("/api/v1/mms/datasources").query("type", "JDBC"));

    assertThat(ids(all)).containsExactly(e2e, side);
    assertThat(all.path("total").asLong()).isEqualTo(2);
    assertThat(all.path("pageSize").asInt()).isEqualTo(2);
    assertThat(ids(named)).containsExactly(side);
    assertThat(named.at("/objectList/0/scanStatus").asText()).isEqualTo("SCAN_DONE");
    assertThat(named.at("/objectList/0/config").isMissingNode()).isTrue();
    assertThat(jdbc.path("objectList")).isEmpty();
    assertThat(jdbc.path("total").asLong()).isZero();
  }

  @Test
  void list_mms_data_source_config_items_answers_the_items_of_a_type_in_a_language() {
    var items = api.ok(TestRequest.get("/api/v1/mms/configItems").query("sourceType", "mock").query("lang", "en_US"));

    assertThat(items.isArray()).isTrue();
    assertThat(items.get(2))
        .isEqualTo(
            json(
                """
                {"key":"mock.partitions","name":"Partitions per table",
                 "desc":"Number of partitions of each partitioned table (0 = not partitioned)",
                 "type":"int","placeHolder":"10","required":false,"enums":[],
                 "group":"group.basic"}"""));
    assertThat(texts(items, "key")).contains("mock.fail.rate", "mock.seed", "task.partition.max.num");
  }

  // --- scans and async tasks ----------------------------------------------------------------

  @Test
  void get_mms_fetch_metadata_job_answers_the_finished_scan_with_its_counts() {
    long scanId = api.ok(TestRequest.get(source(side))).path("scanId").asLong();

    var scan = api.ok(TestRequest.get(source(side) + "/scans/" + scanId));

    assertThat(scan)
        .isEqualTo(
            json(
                """
                {"id":%d,"sourceId":%d,"status":"SCAN_DONE","progress":10000.0,
                 "result":"{\\"databases\\":1,\\"tables\\":1,\\"partitions\\":2,\\"added\\":4,\\"updated\\":0,\\"deleted\\":0}",
                 "startTime":"%s","endTime":"%s"}"""
                    .formatted(
                        scanId,
                        side,
                        scan.path("startTime").asText(),
                        scan.path("endTime").asText())));
    assertThat(scan.path("startTime").asText()).matches("2025-03-01 18:00:\\d\\d");
  }

  @Test
  void get_mms_async_task_answers_a_job_creation_with_the_job_as_its_object() {
    var task = api.ok(TestRequest.get(source(e2e) + "/asyncTasks/" + bravoCreation));

    assertThat(task)
        .isEqualTo(
            json(
                """
                {"id":%d,"sourceId":%d,"type":"TASK_CREATE","objectId":%d,"status":"DONE",
                 "running":false,"progress":10000,
                 "result":"{\\"jobId\\":%d,\\"tasks\\":1,\\"partitions\\":0}",
                 "createTime":"2025-03-01 18:00:00","startTime":"2025-03-01 18:00:00",
                 "endTime":"2025-03-01 18:00:00"}"""
                    .formatted(bravoCreation, e2e, bravo, bravo)));
  }

  @Test
  void get_mms_async_task_answers_a_scan_too() {
    long scanId = api.ok(TestRequest.get(source(side))).path("scanId").asLong();

    var task = api.ok(TestRequest.get(source(side) + "/asyncTasks/" + scanId));

    assertThat(task.path("type").asText()).isEqualTo("SCAN");
    assertThat(task.path("objectId").asLong()).isEqualTo(side);
    assertThat(task.path("status").asText()).isEqualTo("DONE");
  }

  // --- databases ----------------------------------------------------------------------------

  @Test
  void get_mms_db_answers_the_database_with_its_roll_up() {
    long dbId = db("mock_db_2");

    var db = api.ok(TestRequest.get(source(e2e) + "/dbs/" + dbId));

    assertThat(db)
        .isEqualTo(
            json(
                """
                {"id":%d,"name":"mock_db_2","description":"synthetic database of a MOCK source",
                 "owner":"mock","lastDdlTime":"2024-01-01 08:00:00","numRows":1200,"size":12000,
                 "sourceId":%d,"sourceName":"e2e","status":"FAILED","updated":false,"tables":3,
                 "tablesDoing":0,"tablesDone":0,"tablesFailed":1,"tablesPartDone":0,
                 "partitions":12,"partitionsDoing":0,"partitionsDone":0,"partitionsFailed":4}"""
                    .formatted(dbId, e2e)));
  }

  @Test
  void list_mms_dbs_sorts_by_its_json_sorter_and_filters_by_status_and_name() {
    var desc = api.ok(dbs().query("sorter", "{\"numRows\":\"desc\"}"));
    var asc = api.ok(dbs().query("sorter", "{\"numRows\":\"asc\"}"));
    var failed = api.ok(dbs().query("status", "FAILED"));
    var named = api.ok(dbs().query("name", "db_1"));

    assertThat(values(desc.path("objectList"), n -> n.path("numRows").asLong()))
        .containsExactly(1400L, 1200L);
    assertThat(texts(desc.path("objectList"), "name")).containsExactly("mock_db_1", "mock_db_2");
    assertThat(texts(asc.path("objectList"), "name")).containsExactly("mock_db_2", "mock_db_1");
    assertThat(texts(failed.path("objectList"), "name")).containsExactly("mock_db_2");
    assertThat(texts(named.path("objectList"), "name")).containsExactly("mock_db_1");
    assertThat(desc.at("/objectList/0/status").asText()).isEqualTo("PART_DONE");
    assertThat(desc.at("/objectList/0/deleted").isBoolean()).isTrue();
    assertThat(desc.at("/objectList/0/createTime").asText()).isEqualTo("2025-03-01 18:00:00");
  }

  // --- tables -------------------------------------------------------------------------------

  @Test
  void get_mms_table_answers_the_table_with_its_schema_and_partition_counts() {
    long tableId = table("mock_db_1", "mock_table_1");

    var table = api.ok(TestRequest.get(source(e2e) + "/tables/" + tableId));

    assertThat(table)
        .isEqualTo(
            json(
                """
                {"id":%d,"dbId":%d,"dbName":"mock_db_1","name":"mock_table_1",
                 "type":"MANAGED_TABLE","hasPartitions":true,
                 "schema":{"name":"mock_table_1","comment":"synthetic table of a MOCK source",
                   "columns":[{"name":"id","type":"BIGINT","nullable":true},
                     {"name":"name","type":"STRING","nullable":true},
                     {"name":"amount","type":"DECIMAL(18,2)","nullable":true},
                     {"name":"created_at","type":"TIMESTAMP","nullable":true}],
                   "partitions":[{"name":"ds","type":"STRING","nullable":true},
                     {"name":"hr","type":"INT","nullable":true}]},
                 "owner":"mock","lastDdlTime":"2024-01-01 08:00:00","numRows":400,"size":4000,
                 "sourceId":%d,"sourceName":"e2e","status":"PART_DONE","updated":false,
                 "dstName":"mock_table_1","partitions":4,"partitionsDoing":0,"partitionsDone":2,
                 "partitionsFailed":0}"""
                    .formatted(tableId, db("mock_db_1"), e2e)));
  }

  @Test
  void list_mms_tables_filters_by_a_json_status_array() {
    var done = api.ok(tables().query("status", "[\"DONE\"]"));
    var doneOrPart = api.ok(tables().query("status", "[\"DONE\",\"PART_DONE\"]"));
    var failed = api.ok(tables().query("status", "[\"FAILED\"]"));

    assertThat(names(done)).containsExactly("mock_db_1.mock_table_3");
    assertThat(names(doneOrPart)).containsExactlyInAnyOrder("mock_db_1.mock_table_1", "mock_db_1.mock_table_3");
    assertThat(names(failed)).containsExactly("mock_db_2.mock_table_3");
  }

  @Test
  void list_mms_tables_filters_by_has_partitions_database_and_name() {
    var flat = api.ok(tables().query("hasPartitions", "false"));
    var partitioned = api.ok(tables().query("hasPartitions", "true"));
    var inDb2 = api.ok(tables().query("dbId", Long.toString(db("mock_db_2"))).query("name", "table_1"));

    assertThat(names(flat)).containsExactly("mock_db_1.mock_table_3");
    assertThat(flat.at("/objectList/0/schema/partitions")).isEmpty();
    assertThat(partitioned.path("total").asLong()).isEqualTo(5);
    assertThat(names(inDb2)).containsExactly("mock_db_2.mock_table_1");
  }

  @Test
  void list_mms_tables_sorts_by_num_rows_both_ways() {
    var desc = api.ok(tables().query("dbName", "mock_db_1").query("sorter.numRows", "desc"));
    var asc = api.ok(tables().query("dbName", "mock_db_1").query("sorter.numRows", "asc"));

    assertThat(values(desc.path("objectList"), n -> n.path("numRows").asLong()))
        .containsExactly(800L, 400L, 200L);
    assertThat(names(desc))
        .containsExactly("mock_db_1.mock_table_2", "mock_db_1.mock_table_1", "mock_db_1.mock_table_3");
    assertThat(names(asc))
        .containsExactly("mock_db_1.mock_table_3", "mock_db_1.mock_table_1", "mock_db_1.mock_table_2");
  }

  @Test
  void list_mms_tables_with_only_name_answers_ids_and_names() {
    var page = api.ok(tables().query("onlyName", "true").query("dbName", "mock_db_2").query("pageSize", "1"));

    assertThat(page.at("/objectList/0"))
        .isEqualTo(
            json(
                "{\"id\":%d,\"dbId\":%d,\"dbName\":\"mock_db_2\",\"name\":\"mock_table_1\"}"
                    .formatted(table("mock_db_2", "mock_table_1"), db("mock_db_2"))));
    assertThat(page.path("total").asLong()).isEqualTo(3);
  }

  // --- partitions ---------------------------------------------------------------------------

  @Test
  void get_mms_partition_answers_the_partition_with_its_destination() {
    var listed = api.ok(partitions().query("tableName", "mock_table_1").query("dbName", "mock_db_1").query("value", SPEC_1));
    long partitionId = listed.at("/objectList/0/id").asLong();

    var partition = api.ok(TestRequest.get(source(e2e) + "/partitions/" + partitionId));

    assertThat(partition)
        .isEqualTo(
            json(
                """
                {"id":%d,"dbId":%d,"dbName":"mock_db_1","tableId":%d,"tableName":"mock_table_1",
                 "value":"ds=2024-01-01/hr=1","dstTableName":"mock_table_1",
                 "dstValue":"ds=2024-01-01/hr=1","sourceId":%d,"sourceName":"e2e",
                 "status":"DONE","lastDdlTime":"2024-01-01 08:00:00","numRows":100,"size":1000,
                 "updated":false}"""
                    .formatted(
                        partitionId, db("mock_db_1"), table("mock_db_1", "mock_table_1"), e2e)));
  }

  @Test
  void list_mms_partitions_filters_by_value_updated_and_status() {
    var byValue = api.ok(partitions().query("value", SPEC_1));
    var updated = api.ok(partitions().query("updated", "true"));
    var done = api.ok(partitions().query("status", "[\"DONE\"]"));
    var failedInDb2 = api.ok(partitions().query("status", "[\"FAILED\"]").query("dbId", Long.toString(db("mock_db_2"))));

    assertThat(partitionNames(byValue))
        .containsExactlyInAnyOrder(
            "mock_db_1.mock_table_1/" + SPEC_1,
            "mock_db_1.mock_table_2/" + SPEC_1,
            "mock_db_2.mock_table_1/" + SPEC_1,
            "mock_db_2.mock_table_2/" + SPEC_1,
            "mock_db_2.mock_table_3/" + SPEC_1);
    assertThat(partitionNames(updated))
        .containsExactlyInAnyOrder(
            "mock_db_1.mock_table_2/ds=2024-01-01/hr=0",
            "mock_db_1.mock_table_2/ds=2024-01-01/hr=1",
            "mock_db_1.mock_table_2/ds=2024-01-01/hr=2",
            "mock_db_1.mock_table_2/ds=2024-01-01/hr=3");
    assertThat(values(updated.path("objectList"), n -> n.path("numRows").asLong()))
        .containsOnly(200L);
    assertThat(partitionNames(done))
        .containsExactlyInAnyOrder(
            "mock_db_1.mock_table_1/ds=2024-01-01/hr=0", "mock_db_1.mock_table_1/" + SPEC_1);
    assertThat(failedInDb2.path("total").asLong()).isEqualTo(4);
  }

  @Test
  void list_mms_partitions_sorts_by_num_rows_both_ways() {
    var desc = api.ok(partitions().query("dbName", "mock_db_1").query("sorter.numRows", "desc"));
    var asc = api.ok(partitions().query("dbName", "mock_db_1").query("sorter.numRows", "asc"));

    assertThat(values(desc.path("objectList"), n -> n.path("numRows").asLong()))
        .containsExactly(200L, 200L, 200L, 200L, 100L, 100L, 100L, 100L);
    assertThat(values(asc.path("objectList"), n -> n.path("numRows").asLong()))
        .containsExactly(100L, 100L, 100L, 100L, 200L, 200L, 200L, 200L);
  }

  // --- jobs ---------------------------------------------------------------------------------

  @Test
  void get_mms_job_answers_the_job_with_its_config_and_derived_status() {
    var job = api.ok(TestRequest.get(jobs() + "/" + alpha));

    assertThat(job)
        .isEqualTo(
            json(
                """
                {"id":%d,"name":"alpha","sourceId":%d,"sourceName":"e2e","dbId":%d,
                 "srcDbName":"mock_db_1","dstDbName":"mock_db_1","type":"Tables","status":"DONE",
                 "stopped":false,"taskNum":1,"taskDone":1,"eta":"2025-03-02",
                 "createTime":"2025-03-01 18:00:00",
                 "config":{"tables":["mock_table_1"],"partitions":[],"tableWhiteList":[],
                   "tableBlackList":[],"partitionFilters":{"mock_table_1":"hr < 2"},
                   "tableMapping":{},"columnMapping":{},"increment":true,
                   "enableVerification":true,"enableSchemaMigration":true,
                   "enableDataMigration":true,"schemaOnly":false,"others":{}}}"""
                    .formatted(alpha, e2e, db("mock_db_1"))));
  }

  @Test
  void list_mms_jobs_filters_by_status_stopped_and_name() {
    assertThat(ids(api.ok(jobList().query("status", "DONE")))).containsExactlyInAnyOrder(alpha, bravo);
    assertThat(ids(api.ok(jobList().query("status", "failed")))).containsExactly(delta);
    assertThat(ids(api.ok(jobList().query("stopped", "1")))).containsExactly(charlie);
    assertThat(ids(api.ok(jobList().query("stopped", "true")))).containsExactly(charlie);
    assertThat(ids(api.ok(jobList().query("stopped", "0")))).containsExactlyInAnyOrder(alpha, bravo, delta);
    assertThat(ids(api.ok(jobList().query("name", "lph")))).containsExactly(alpha);
    assertThat(ids(api.ok(jobList().query("srcDbName", "mock_db_2")))).containsExactlyInAnyOrder(charlie, delta);
  }

  @Test
  void list_mms_jobs_sorts_by_status_both_ways() {
    var asc = api.ok(jobList().query("sorter.status", "asc"));
    var desc = api.ok(jobList().query("sorter.status", "desc"));

    assertThat(texts(asc.path("objectList"), "status")).containsExactly("INIT", "DONE", "DONE", "FAILED");
    assertThat(texts(desc.path("objectList"), "status")).containsExactly("FAILED", "DONE", "DONE", "INIT");
  }

  @Test
  void list_mms_jobs_finds_the_jobs_of_a_timer() {
    var page = api.ok(TestRequest.get(source(side) + "/jobs").query("timerId", Long.toString(nightly)));

    assertThat(page.path("total").asLong()).isEqualTo(3);
    assertThat(texts(page.path("objectList"), "name"))
        .allSatisfy(name -> assertThat(name).startsWith("nightly_20250301"));
    assertThat(page.at("/objectList/0/config/tableMapping/mock_table_1").asText()).isEqualTo("t1_copy");
  }

  // --- tasks --------------------------------------------------------------------------------

  @Test
  void get_mms_task_answers_the_task_with_its_times() {
    long taskId = onlyTask(alpha);

    var task = api.ok(TestRequest.get(source(e2e) + "/tasks/" + taskId));

    assertThat(task)
        .isEqualTo(
            json(
                """
                {"id":%d,"jobId":%d,"jobName":"alpha","sourceId":%d,"sourceName":"e2e",
                 "dbId":%d,"tableId":%d,"srcDbName":"mock_db_1","srcTableName":"mock_table_1",
                 "dstDbName":"mock_db_1","dstTableName":"mock_table_1","type":"MOCK",
                 "status":"DONE","running":false,"stopped":false,"retriedTimes":0,
                 "createTime":"2025-03-01 18:00:00","startTime":"%s","endTime":"%s"}"""
                    .formatted(
                        taskId,
                        alpha,
                        e2e,
                        db("mock_db_1"),
                        table("mock_db_1", "mock_table_1"),
                        task.path("startTime").asText(),
                        task.path("endTime").asText())));
    assertThat(task.path("endTime").asText()).isGreaterThan(task.path("startTime").asText());
  }

  @Test
  void list_mms_tasks_filters_by_job_status_and_partition() {
    assertThat(jobIds(api.ok(tasks().query("jobId", Long.toString(delta))))).containsExactly(delta);
    assertThat(jobIds(api.ok(tasks().query("status", "SCHEMA_FAILED")))).containsExactly(delta);
    assertThat(jobIds(api.ok(tasks().query("status", "INIT")))).containsExactly(charlie);
    assertThat(jobIds(api.ok(tasks().query("partition", SPEC_1))))
        .containsExactlyInAnyOrder(alpha, charlie, delta);
    assertThat(jobIds(api.ok(tasks().query("partition", "ds=2024-01-01/hr=3"))))
        .containsExactlyInAnyOrder(charlie, delta);
    assertThat(jobIds(api.ok(tasks().query("jobName", "bravo")))).containsExactly(bravo);
  }

  @Test
  void list_mms_tasks_sorts_by_start_time_both_ways() {
    var desc = api.ok(tasks().query("sorter.startTime", "desc"));
    var asc = api.ok(tasks().query("sorter.startTime", "asc"));

    assertThat(startedJobIds(desc)).containsExactly(delta, bravo, alpha);
    assertThat(startedJobIds(asc)).containsExactly(alpha, bravo, delta);
  }

  @Test
  void list_mms_tasks_sorts_by_status() {
    var asc = api.ok(tasks().query("sorter.status", "asc"));

    assertThat(texts(asc.path("objectList"), "status"))
        .containsExactly("INIT", "SCHEMA_FAILED", "DONE", "DONE");
  }

  @Test
  void list_mms_task_logs_answers_every_step_of_a_task_oldest_first() {
    var logs = api.ok(TestRequest.get(source(e2e) + "/tasks/" + onlyTask(bravo) + "/logs"));

    assertThat(logs.isArray()).isTrue();
    assertThat(texts(logs, "status"))
        .containsExactly(
            "SCHEMA_DOING", "SCHEMA_DOING", "SCHEMA_DONE", "DATA_DOING", "DATA_DOING", "DATA_DONE",
            "VERIFICATION_DOING", "VERIFICATION_DOING", "VERIFICATION_DONE", "DONE");
    assertThat(logs.get(4))
        .isEqualTo(
            json(
                """
                {"id":%d,"taskId":%d,"sourceId":%d,"status":"DATA_DOING",
                 "action":"insert overwrite table mock_db_1.mock_table_3 select id, name, amount, created_at from mock_db_1.mock_table_3",
                 "msg":"200 rows (MOCK: nothing moved)","createTime":"%s"}"""
                    .formatted(
                        logs.get(4).path("id").asLong(),
                        onlyTask(bravo),
                        e2e,
                        logs.get(4).path("createTime").asText())));
    assertThat(values(logs, n -> n.path("id").asLong())).isSorted();
  }

  // --- timers -------------------------------------------------------------------------------

  @Test
  void get_mms_timer_answers_the_timer_with_epoch_millisecond_create_time() {
    var timer = api.ok(TestRequest.get(timers() + "/" + nightly));

    assertThat(timer)
        .isEqualTo(
            json(
                """
                {"id":%d,"name":"nightly","sourceId":%d,"dbId":%d,"srcDbName":"mock_db_1",
                 "type":"TABLES","scheduleType":"Daily","value":"02:30","stopped":false,
                 "createTime":"%d","updateTime":"%s",
                 "config":{"tables":["mock_table_1"],"partitions":[],"tableWhiteList":[],
                   "tableBlackList":[],"partitionFilters":{},
                   "tableMapping":{"mock_table_1":"t1_copy"},"columnMapping":{},
                   "enableSchemaMigration":true,"enableDataMigration":true,
                   "enableVerification":false,"others":{"k":"v"}}}"""
                    .formatted(
                        nightly,
                        side,
                        api.ok(dbsOf(side)).at("/objectList/0/id").asLong(),
                        java.time.Instant.parse(timer.path("updateTime").asText()).toEpochMilli(),
                        timer.path("updateTime").asText())));
  }

  @Test
  void list_mms_timers_filters_by_stopped_and_name() {
    var stopped = api.ok(TestRequest.get(timers()).query("stopped", "true"));
    var running = api.ok(TestRequest.get(timers()).query("stopped", "false"));
    var named = api.ok(TestRequest.get(timers()).query("name", "night"));

    assertThat(ids(stopped)).containsExactly(hourly);
    assertThat(ids(running)).containsExactly(nightly);
    assertThat(ids(named)).containsExactly(nightly);
    assertThat(stopped.at("/objectList/0"))
        .isEqualTo(
            json(
                """
                {"id":%d,"name":"hourly","sourceId":%d,"dbId":%d,"srcDbName":"mock_db_1",
                 "type":"DATABASE","scheduleType":"Hourly","value":"15","stopped":true,
                 "createTime":"%s"}"""
                    .formatted(
                        hourly,
                        side,
                        api.ok(dbsOf(side)).at("/objectList/0/id").asLong(),
                        stopped.at("/objectList/0/createTime").asText())));
  }

  @Test
  void list_mms_timer_logs_pages_the_firings_newest_first() {
    var first = api.ok(TestRequest.get(timers() + "/" + nightly + "/logs").query("pageSize", "2"));
    var second =
        api.ok(
            TestRequest.get(timers() + "/" + nightly + "/logs")
                .query("pageSize", "2")
                .query("pageNum", "2"));

    assertThat(first.path("objectList")).hasSize(2);
    assertThat(second.path("objectList")).hasSize(1);
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(second.path("total").asLong()).isEqualTo(3);
    assertThat(second.path("pageNum").asInt()).isEqualTo(2);
    var ids = new ArrayList<>(ids(first));
    ids.addAll(ids(second));
    assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // The first firing's job has the table's partitions; the later ones found nothing new (DONE).
    assertThat(texts(first.path("objectList"), "status")).containsExactly("DONE", "DONE");
    assertThat(second.at("/objectList/0"))
        .isEqualTo(
            json(
                """
                {"id":%d,"sourceId":%d,"action":"start job","msg":"start job success",
                 "status":"INIT","createTime":"%s"}"""
                    .formatted(
                        second.at("/objectList/0/id").asLong(),
                        side,
                        second.at("/objectList/0/createTime").asText())));
  }

  @Test
  void get_mms_async_task_with_a_timer_log_id_answers_the_creation_of_its_job() {
    var logs = api.ok(TestRequest.get(timers() + "/" + nightly + "/logs"));
    var timerJobs =
        api.ok(TestRequest.get(source(side) + "/jobs").query("timerId", Long.toString(nightly)));

    var creations =
        values(
            logs.path("objectList"),
            log -> api.ok(TestRequest.get(source(side) + "/asyncTasks/" + log.path("id").asLong())));

    assertThat(creations).extracting(c -> c.path("type").asText()).containsOnly("TASK_CREATE");
    assertThat(creations).extracting(c -> c.path("status").asText()).containsOnly("DONE");
    assertThat(creations)
        .extracting(c -> c.path("objectId").asLong())
        .containsExactlyInAnyOrderElementsOf(ids(timerJobs));
  }

  // --- paging -------------------------------------------------------------------------------

  /** Every paged list operation, with a query that matches at least two rows. */
  static Stream<Arguments> pagedLists() {
    return Stream.of(
        Arguments.of("ListMmsDataSources", "/api/v1/mms/datasources"),
        Arguments.of("ListMmsDbs", "{e2e}/dbs"),
        Arguments.of("ListMmsTables", "{e2e}/tables"),
        Arguments.of("ListMmsPartitions", "{e2e}/partitions"),
        Arguments.of("ListMmsJobs", "{e2e}/jobs"),
        Arguments.of("ListMmsTasks", "{e2e}/tasks"),
        Arguments.of("ListMmsTimers", "{side}/timers"),
        Arguments.of("ListMmsTimerLogs", "{side}/timers/{nightly}/logs"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagedLists")
  void a_page_beyond_the_end_is_empty_with_the_right_total(String operation, String path) {
    long total = api.ok(TestRequest.get(path(path)).query("pageSize", "1000")).path("total").asLong();

    var page = api.ok(TestRequest.get(path(path)).query("pageNum", "99").query("pageSize", "10"));

    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(page.path("objectList")).isEmpty();
    assertThat(page.path("total").asLong()).isEqualTo(total);
    assertThat(page.path("pageNum").asInt()).isEqualTo(99);
    assertThat(page.path("pageSize").asInt()).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagedLists")
  void a_page_of_one_holds_one_row_and_the_next_page_another(String operation, String path) {
    var first = api.ok(TestRequest.get(path(path)).query("pageNum", "1").query("pageSize", "1"));
    var second = api.ok(TestRequest.get(path(path)).query("pageNum", "2").query("pageSize", "1"));

    assertThat(first.path("objectList")).hasSize(1);
    assertThat(second.path("objectList")).hasSize(1);
    assertThat(first.at("/objectList/0/id")).isNotEqualTo(second.at("/objectList/0/id"));
    assertThat(first.path("pageSize").asInt()).isEqualTo(1);
  }

  static Stream<Arguments> badPageSizes() {
    return pagedLists()
        .flatMap(
            list ->
                Stream.of("0", "-1", "1001", "99999999999")
                    .map(size -> Arguments.of(list.get()[0], list.get()[1], size)));
  }

  @ParameterizedTest(name = "{0} pageSize={2}")
  @MethodSource("badPageSizes")
  void a_page_size_out_of_range_is_a_400_naming_it(String operation, String path, String size) {
    var error = api.fails(TestRequest.get(path(path)).query("pageSize", size), 400, "InvalidParameter");

    assertThat(error.path("message").asText()).startsWith("pageSize: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3"})
  void a_page_number_below_one_is_a_400_naming_it(String pageNum) {
    var error = api.fails(jobList().query("pageNum", pageNum), 400, "InvalidParameter");

    assertThat(error.path("message").asText()).isEqualTo("pageNum: must be >= 1, got " + pageNum);
  }

  // --- helpers ------------------------------------------------------------------------------

  private static String job(String name, String db, String table) {
    return "{\"name\":\"%s\",\"srcDbName\":\"%s\",\"tables\":[\"%s\"]}".formatted(name, db, table);
  }

  private static long timer(String body) {
    return api.ok(TestRequest.post(timers()).json(body)).path("timerId").asLong();
  }

  private static String path(String template) {
    return template
        .replace("{e2e}", source(e2e))
        .replace("{side}", source(side))
        .replace("{nightly}", Long.toString(nightly));
  }

  private static long db(String name) {
    return api.ok(dbs().query("name", name)).at("/objectList/0/id").asLong();
  }

  private static long table(String db, String name) {
    var page = api.ok(tables().query("dbName", db).query("name", name));
    return page.at("/objectList/0/id").asLong();
  }

  private static long onlyTask(long jobId) {
    var page = api.ok(tasks().query("jobId", Long.toString(jobId)));
    assertThat(page.path("total").asLong()).isEqualTo(1);
    return page.at("/objectList/0/id").asLong();
  }

  private static TestRequest dbs() {
    return dbsOf(e2e);
  }

  private static TestRequest dbsOf(long sourceId) {
    return TestRequest.get(source(sourceId) + "/dbs");
  }

  private static TestRequest tables() {
    return TestRequest.get(source(e2e) + "/tables").query("pageSize", "100");
  }

  private static TestRequest partitions() {
    return TestRequest.get(source(e2e) + "/partitions").query("pageSize", "100");
  }

  private static TestRequest jobList() {
    return TestRequest.get(jobs());
  }

  private static TestRequest tasks() {
    return TestRequest.get(source(e2e) + "/tasks");
  }

  private static List<String> names(JsonNode page) {
    return values(page.path("objectList"), n -> n.path("dbName").asText() + "." + n.path("name").asText());
  }

  private static List<String> partitionNames(JsonNode page) {
    return values(
        page.path("objectList"),
        n -> n.path("dbName").asText() + "." + n.path("tableName").asText() + "/" + n.path("value").asText());
  }

  private static List<Long> jobIds(JsonNode page) {
    return values(page.path("objectList"), n -> n.path("jobId").asLong());
  }

  private static List<Long> startedJobIds(JsonNode page) {
    var result = new ArrayList<Long>();
    page.path("objectList")
        .forEach(
            n -> {
              if (n.has("startTime")) {
                result.add(n.path("jobId").asLong());
              }
            });
    return result;
  }

  private static String jobs() {
    return source(e2e) + "/jobs";
  }

  private static String timers() {
    return source(side) + "/timers";
  }

  private static JsonNode without(JsonNode object, String key) {
    var copy = object.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(key);
    return copy;
  }

  private static List<Long> ids(JsonNode page) {
    return values(page.path("objectList"), n -> n.path("id").asLong());
  }

  private static List<String> texts(JsonNode array, String key) {
    return values(array, n -> n.path(key).asText());
  }

  private static <T> List<T> values(JsonNode array, Function<JsonNode, T> value) {
    var result = new ArrayList<T>();
    array.forEach(n -> result.add(value.apply(n)));
    return result;
  }
}
