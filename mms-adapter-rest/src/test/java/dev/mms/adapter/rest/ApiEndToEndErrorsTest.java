package dev.mms.adapter.rest;

import static dev.mms.adapter.rest.LiveApi.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the real application refuses over HTTP: ids that do not exist or belong to another source,
 * values outside an enum, filters that do not parse, scopes naming unknown tables, illegal
 * transitions, malformed JSON, and jobs on a source type without an engine. Each answer has its
 * status, its MMS code and a message that names the problem.
 *
 * <p>The data: sources {@code mine} and {@code theirs} (MOCK, 1 database x 2 tables x 2
 * partitions), each with a DONE job over {@code mock_table_1} and a timer; {@code mine} also has a
 * job over {@code mock_table_2} that is stopped before it ran, so its task is live. Source {@code
 * hive} is a HIVE source.
 */
class ApiEndToEndErrorsTest {
  private static final long UNKNOWN = 987_654;

  private static LiveApi api;
  private static Ids mine;
  private static Ids theirs;
  private static long hive;

  /** The ids of one source's objects. */
  private record Ids(
      long source, long scan, long db, long table, long partition, long job, long task, long timer) {}

  @BeforeAll
  static void store_the_data() {
    api = new LiveApi();
    mine = ids("mine");
    theirs = ids("theirs");
    api.runTasks();
    long stopped = api.createJob(mine.source(), job("mock_table_2", "{}"));
    api.ok(TestRequest.post(source(mine.source()) + "/jobs/" + stopped + "/stop"));
    hive =
        api.ok(
                TestRequest.post("/api/v1/mms/datasources")
                    .json(
                        """
                        {"name":"hive","type":"HIVE","config":{
                         "hive.metastore.urls":"thrift://metastore:9083",
                         "hive.jdbc.url":"jdbc:hive2://hive:10000","hive.jdbc.username":"etl",
                         "mc.default.project":"mms_test"}}"""))
            .path("dataSourceId")
            .asLong();
  }

  private static Ids ids(String name) {
    long sourceId = api.scannedMockSource(name, 1, 2, 2);
    var base = source(sourceId);
    long job = api.createJob(sourceId, job("mock_table_1", "{}"));
    long timer =
        api.ok(
                TestRequest.post(base + "/timers")
                    .json(
                        """
                        {"name":"t","srcDbName":"mock_db_1","scheduleType":"Daily",
                         "value":"01:00","tables":["mock_table_1"]}"""))
            .path("timerId")
            .asLong();
    return new Ids(
        sourceId,
        api.ok(TestRequest.get(base)).path("scanId").asLong(),
        api.ok(TestRequest.get(base + "/dbs")).at("/objectList/0/id").asLong(),
        api.ok(TestRequest.get(base + "/tables")).at("/objectList/0/id").asLong(),
        api.ok(TestRequest.get(base + "/partitions")).at("/objectList/0/id").asLong(),
        job,
        api.ok(TestRequest.get(base + "/tasks").query("jobId", Long.toString(job)))
            .at("/objectList/0/id")
            .asLong(),
        timer);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  // --- ids ----------------------------------------------------------------------------------

  /** Every operation on an object id, asked with {@code objectId} under {@code sourceId}. */
  static Stream<Arguments> objectOperations() {
    return Stream.of(
        op("GetMmsFetchMetadataJob", "GET", "/scans/{scan}", "", "Scan"),
        op("GetMmsAsyncTask", "GET", "/asyncTasks/{scan}", "", "AsyncTask"),
        op("GetMmsDb", "GET", "/dbs/{db}", "", "Db"),
        op("UpdateMmsDb", "PUT", "/dbs/{db}", "{\"dstName\":\"x\"}", "Db"),
        op("GetMmsTable", "GET", "/tables/{table}", "", "Table"),
        op("UpdateMmsTable", "PUT", "/tables/{table}", "{\"dstName\":\"x\"}", "Table"),
        op("GetMmsPartition", "GET", "/partitions/{partition}", "", "Partition"),
        op("GetMmsJob", "GET", "/jobs/{job}", "", "Job"),
        op("DeleteMmsJob", "POST", "/jobs/{job}", "", "Job"),
        op("StartMmsJob", "POST", "/jobs/{job}/start", "", "Job"),
        op("StopMmsJob", "POST", "/jobs/{job}/stop", "", "Job"),
        op("RetryMmsJob", "POST", "/jobs/{job}/retry", "", "Job"),
        op("GetMmsTask", "GET", "/tasks/{task}", "", "Task"),
        op("ListMmsTaskLogs", "GET", "/tasks/{task}/logs", "", "Task"),
        op("RetryMmsTask", "POST", "/tasks/{task}/retry", "", "Task"),
        op("GetMmsTimer", "GET", "/timers/{timer}", "", "Timer"),
        op("UpdateMmsTimer", "PUT", "/timers/{timer}", "{\"stopped\":true}", "Timer"),
        op("DeleteMmsTimer", "DELETE", "/timers/{timer}", "", "Timer"),
        op("TriggerMmsTimer", "POST", "/timers/{timer}/trigger", "", "Timer"),
        op("ListMmsTimerLogs", "GET", "/timers/{timer}/logs", "", "Timer"));
  }

  private static Arguments op(String name, String method, String path, String body, String entity) {
    return Arguments.of(name, method, path, body, entity);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectOperations")
  void an_unknown_object_id_is_a_404_naming_the_entity(
      String operation, String method, String path, String body, String entity) {
    var error =
        api.fails(
            request(method, source(mine.source()) + path.replaceAll("\\{\\w+}", Long.toString(UNKNOWN)), body),
            404,
            "EntityNotExist." + entity);

    assertThat(error.path("message").asText()).isEqualTo(entity + " " + UNKNOWN + " does not exist");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectOperations")
  void an_object_of_another_source_is_a_404_and_stays_untouched(
      String operation, String method, String path, String body, String entity) {
    var theirPath = path(path, theirs);

    api.fails(request(method, source(mine.source()) + theirPath, body), 404, "EntityNotExist." + entity);

    assertThat(api.ok(TestRequest.get(source(theirs.source()) + "/jobs/" + theirs.job())).path("stopped").asBoolean())
        .isFalse();
  }

  /** Every operation on a data source, asked for a source that does not exist. */
  static Stream<Arguments> sourceOperations() {
    return Stream.of(
        op("GetMmsDataSource", "GET", "", "", "DataSource"),
        op("UpdateMmsDataSource", "PUT", "", "{\"action\":\"START\"}", "DataSource"),
        op("DeleteMmsDataSource", "DELETE", "", "", "DataSource"),
        op("CreateMmsFetchMetadataJob", "POST", "/scans", "", "DataSource"),
        op("ListMmsDbs", "GET", "/dbs", "", "DataSource"),
        op("ListMmsTables", "GET", "/tables", "", "DataSource"),
        op("UpdateMmsTables", "PUT", "/tables", "{\"dbName\":\"mock_db_1\",\"tableNames\":[\"mock_table_1\"]}", "DataSource"),
        op("ListMmsPartitions", "GET", "/partitions", "", "DataSource"),
        op("CreateMmsJob", "POST", "/jobs", job("mock_table_1", "{}"), "DataSource"),
        op("DryRunMmsJob", "POST", "/jobs?dryRun=true", job("mock_table_1", "{}"), "DataSource"),
        op("ListMmsJobs", "GET", "/jobs", "", "DataSource"),
        op("ListMmsTasks", "GET", "/tasks", "", "DataSource"),
        op("CreateMmsTimer", "POST", "/timers", "{\"name\":\"t\",\"srcDbName\":\"mock_db_1\",\"scheduleType\":\"Hourly\",\"value\":\"05\"}", "DataSource"),
        op("ListMmsTimers", "GET", "/timers", "", "DataSource"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceOperations")
  void an_unknown_data_source_is_a_404(
      String operation, String method, String path, String body, String entity) {
    var error = api.fails(request(method, source(UNKNOWN) + path, body), 404, "EntityNotExist.DataSource");

    assertThat(error.path("message").asText()).isEqualTo("DataSource " + UNKNOWN + " does not exist");
  }

  @Test
  void update_mms_tables_of_an_unknown_database_is_a_404() {
    api.fails(
        TestRequest.of("PUT", source(mine.source()) + "/tables")
            .json("{\"dbName\":\"nope\",\"tableNames\":[\"mock_table_1\"]}"),
        404,
        "EntityNotExist.Db");
  }

  // --- enums --------------------------------------------------------------------------------

  static Stream<Arguments> badEnums() {
    return Stream.of(
        Arguments.of("ListMmsDataSources", TestRequest.get("/api/v1/mms/datasources").query("type", "ORACLE"),
            "type: unknown value 'ORACLE', expected one of [JDBC, MOCK, HIVE, BIGQUERY, MAXCOMPUTE, DATABRICKS]"),
        Arguments.of("CreateMmsDataSource", TestRequest.post("/api/v1/mms/datasources").json("{\"name\":\"o\",\"type\":\"ORACLE\",\"config\":{}}"),
            "type: unknown data source type 'ORACLE', expected one of [JDBC, MOCK, HIVE, BIGQUERY, MAXCOMPUTE, DATABRICKS]"),
        Arguments.of("ListMmsDataSourceConfigItems", TestRequest.get("/api/v1/mms/configItems").query("sourceType", "ORACLE"),
            "sourceType: unknown data source type 'ORACLE', expected one of [JDBC, MOCK, HIVE, BIGQUERY, MAXCOMPUTE, DATABRICKS]"),
        Arguments.of("UpdateMmsDataSource", TestRequest.of("PUT", "{mine}").json("{\"action\":\"REBOOT\"}"),
            "action: unknown value 'REBOOT', expected one of [UPDATE_CONFIG, START, STOP, RENAME]"),
        Arguments.of("ListMmsDbs", TestRequest.get("{mine}/dbs").query("status", "STARTED"),
            "status: unknown value 'STARTED', expected one of [INIT, DOING, DONE, FAILED, PART_DONE]"),
        Arguments.of("UpdateMmsDb", TestRequest.of("PUT", "{mine}/dbs/{db}").json("{\"status\":\"BUSY\"}"),
            "status: unknown value 'BUSY', expected one of [INIT, DOING, DONE, FAILED, PART_DONE]"),
        Arguments.of("ListMmsTables", TestRequest.get("{mine}/tables").query("status", "[\"DONE\",\"GONE\"]"),
            "status: unknown value 'GONE', expected one of [INIT, DOING, DONE, FAILED, PART_DONE]"),
        Arguments.of("UpdateMmsTable", TestRequest.of("PUT", "{mine}/tables/{table}").json("{\"status\":\"DONE\"}"),
            "status: only INIT can be set (to migrate again), got DONE"),
        Arguments.of("UpdateMmsTables", TestRequest.of("PUT", "{mine}/tables").json("{\"dbName\":\"mock_db_1\",\"tableNames\":[\"mock_table_1\"],\"status\":\"FAILED\"}"),
            "status: only INIT can be set (to migrate again), got FAILED"),
        Arguments.of("ListMmsPartitions", TestRequest.get("{mine}/partitions").query("status", "[\"PART_DONE\"]"),
            "status: a partition is never PART_DONE, expected one of [INIT, DOING, DONE, FAILED]"),
        Arguments.of("ListMmsJobs", TestRequest.get("{mine}/jobs").query("status", "RUNNING"),
            "status: unknown value 'RUNNING', expected one of [INIT, DOING, DONE, FAILED]"),
        Arguments.of("ListMmsJobs", TestRequest.get("{mine}/jobs").query("stopped", "maybe"),
            "stopped: must be 0, 1, true or false, got 'maybe'"),
        Arguments.of("ListMmsJobs", TestRequest.get("{mine}/jobs").query("sorter.name", "asc"),
            "sorter.name: cannot sort by 'name', expected one of [status]"),
        Arguments.of("ListMmsTasks", TestRequest.get("{mine}/tasks").query("sorter.startTime", "up"),
            "sorter.startTime: expected asc or desc, got 'up'"),
        Arguments.of("ListMmsTasks", TestRequest.get("{mine}/tasks").query("status", "DATA"),
            "status: unknown value 'DATA', expected one of [INIT, SCHEMA_DOING, SCHEMA_DONE, SCHEMA_FAILED, DATA_DOING, DATA_DONE, DATA_FAILED, VERIFICATION_DOING, VERIFICATION_DONE, VERIFICATION_FAILED, DONE]"),
        Arguments.of("ListMmsTimers", TestRequest.get("{mine}/timers").query("stopped", "yes"),
            "stopped: must be 0, 1, true or false, got 'yes'"),
        Arguments.of("CreateMmsTimer", TestRequest.post("{mine}/timers").json("{\"name\":\"w\",\"srcDbName\":\"mock_db_1\",\"scheduleType\":\"Weekly\",\"value\":\"01:00\"}"),
            "scheduleType: expected Daily or Hourly, got 'Weekly'"),
        Arguments.of("UpdateMmsTimer", TestRequest.of("PUT", "{mine}/timers/{timer}").json("{\"scheduleType\":\"Monthly\"}"),
            "scheduleType: expected Daily or Hourly, got 'Monthly'"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badEnums")
  void a_value_outside_its_enum_is_a_400_naming_the_allowed_values(
      String operation, TestRequest template, String message) {
    var error = api.fails(resolve(template), 400, "InvalidParameter");

    assertThat(error.path("message").asText()).isEqualTo(message);
  }

  @Test
  void list_mms_data_source_config_items_needs_a_source_type() {
    var error = api.fails(TestRequest.get("/api/v1/mms/configItems"), 400, "MissingParameter");

    assertThat(error.path("message").asText()).contains("sourceType");
  }

  // --- job configs --------------------------------------------------------------------------

  @Test
  void create_mms_job_with_a_filter_that_does_not_parse_is_a_400_with_its_position() {
    var error =
        api.fails(
            TestRequest.post(source(mine.source()) + "/jobs")
                .json(job("mock_table_1", "{\"mock_table_1\":\"hr >= 1 and\\n (ds = \"}")),
            400,
            "InvalidPartitionFilter");

    assertThat(error.path("details").path("line").asInt()).isEqualTo(2);
    assertThat(error.path("details").path("column").asInt()).isEqualTo(8);
    assertThat(error.path("details").path("table").asText()).isEqualTo("mock_table_1");
    assertThat(error.path("message").asText()).startsWith("partition filter of table mock_table_1 at line 2, column 8: ");
  }

  @Test
  void the_dry_run_refuses_a_bad_filter_as_create_does() {
    var error =
        api.fails(
            TestRequest.post(source(mine.source()) + "/jobs")
                .query("dryRun", "true")
                .json(job("mock_table_1", "{\"mock_table_1\":\"hr < \"}")),
            400,
            "InvalidPartitionFilter");

    assertThat(error.path("details").path("line").asInt()).isEqualTo(1);
    assertThat(error.path("details").path("column").asInt()).isEqualTo(6);
  }

  @Test
  void create_mms_timer_refuses_a_filter_on_an_unknown_column() {
    var error =
        api.fails(
            TestRequest.post(source(mine.source()) + "/timers")
                .json(
                    """
                    {"name":"f","srcDbName":"mock_db_1","scheduleType":"Daily","value":"01:00",
                     "tables":["mock_table_1"],"partitionFilters":{"mock_table_1":"region = 'eu'"}}"""),
            400,
            "InvalidPartitionFilter");

    assertThat(error.path("message").asText()).contains("region");
  }

  @Test
  void create_mms_job_naming_unknown_tables_is_a_400_listing_them() {
    var error =
        api.fails(
            TestRequest.post(source(mine.source()) + "/jobs")
                .json("{\"name\":\"j\",\"srcDbName\":\"mock_db_1\",\"tables\":[\"nope\",\"mock_table_1\",\"nada\"]}"),
            400,
            "InvalidParameter");

    assertThat(error.path("message").asText()).isEqualTo("tables: not tables of database mock_db_1: nada, nope");
  }

  @Test
  void create_mms_job_on_a_database_never_scanned_is_a_400() {
    var error =
        api.fails(
            TestRequest.post(source(mine.source()) + "/jobs").json("{\"name\":\"j\",\"srcDbName\":\"mock_db_9\"}"),
            400,
            "InvalidParameter");

    assertThat(error.path("message").asText()).contains("mock_db_9", "scan it first");
  }

  @Test
  void a_scan_naming_tables_without_their_database_is_a_400() {
    var error =
        api.fails(
            TestRequest.post(source(mine.source()) + "/scans").json("{\"tableNames\":[\"mock_table_1\"]}"),
            400,
            "MissingParameter");

    assertThat(error.path("message").asText()).contains("dbName");
  }

  @Test
  void update_mms_tables_naming_unknown_tables_is_a_400_listing_them() {
    var error =
        api.fails(
            TestRequest.of("PUT", source(mine.source()) + "/tables")
                .json("{\"dbName\":\"mock_db_1\",\"tableNames\":[\"mock_table_1\",\"ghost\"]}"),
            400,
            "InvalidParameter");

    assertThat(error.path("message").asText()).isEqualTo("tableNames: database mock_db_1 has no tables [ghost]");
  }

  // --- transitions --------------------------------------------------------------------------

  @Test
  void retry_mms_task_on_a_done_task_is_an_illegal_transition() {
    var error =
        api.fails(
            TestRequest.post(source(mine.source()) + "/tasks/" + mine.task() + "/retry"),
            409,
            "IllegalStateTransition");

    assertThat(error.path("message").asText()).isEqualTo("Task in state DONE does not accept RETRY");
  }

  @Test
  void resetting_a_table_that_a_live_task_migrates_is_a_conflict() {
    long busy =
        api.ok(TestRequest.get(source(mine.source()) + "/tables").query("name", "mock_table_2"))
            .at("/objectList/0/id")
            .asLong();

    var error =
        api.fails(
            TestRequest.of("PUT", source(mine.source()) + "/tables/" + busy).json("{\"status\":\"INIT\"}"),
            409,
            "Conflict");

    assertThat(error.path("message").asText()).startsWith("table mock_table_2 is being migrated by task ");
  }

  @Test
  void a_second_source_with_the_same_name_is_a_conflict() {
    var error =
        api.fails(
            TestRequest.post("/api/v1/mms/datasources")
                .json("{\"name\":\"mine\",\"type\":\"MOCK\",\"config\":{}}"),
            409,
            "Conflict");

    assertThat(error.path("message").asText()).contains("'mine' already exists");
  }

  @Test
  void a_stopped_source_refuses_scans_and_jobs() {
    long stopped = api.scannedMockSource("stopped", 1, 1, 1);
    api.ok(TestRequest.of("PUT", source(stopped)).json("{\"action\":\"STOP\"}"));

    var scan = api.fails(TestRequest.post(source(stopped) + "/scans"), 409, "IllegalStateTransition");
    var job = api.fails(TestRequest.post(source(stopped) + "/jobs").json(job("mock_table_1", "{}")), 409, "IllegalStateTransition");

    assertThat(api.ok(TestRequest.get(source(stopped))).path("status").asText()).isEqualTo("STOPPED");
    assertThat(scan.path("message").asText()).contains("STOPPED", "SCAN");
    assertThat(job.path("message").asText()).contains("STOPPED", "CREATE_JOB");
  }

  // --- engines ------------------------------------------------------------------------------

  @Test
  void a_job_on_a_hive_source_is_refused_for_want_of_an_engine() {
    var create =
        api.fails(TestRequest.post(source(hive) + "/jobs").json("{\"name\":\"j\",\"srcDbName\":\"db\"}"), 400, "InvalidParameter");
    var dryRun =
        api.fails(TestRequest.post(source(hive) + "/jobs").query("dryRun", "true").json("{\"name\":\"j\",\"srcDbName\":\"db\"}"), 400, "InvalidParameter");

    assertThat(create.path("message").asText())
        .isEqualTo(
            "sourceId: data sources of type HIVE have no migration engine yet, so jobs on source"
                + " hive cannot run; jobs need a JDBC or MOCK source");
    assertThat(dryRun.path("message").asText()).isEqualTo(create.path("message").asText());
  }

  @Test
  void a_hive_source_cannot_be_scanned_or_scheduled() {
    var scan = api.fails(TestRequest.post(source(hive) + "/scans"), 400, "InvalidParameter");
    var timer =
        api.fails(
            TestRequest.post(source(hive) + "/timers")
                .json("{\"name\":\"t\",\"srcDbName\":\"db\",\"scheduleType\":\"Hourly\",\"value\":\"05\"}"),
            400,
            "InvalidParameter");

    assertThat(scan.path("message").asText()).contains("HIVE", "no catalog reader");
    assertThat(timer.path("message").asText()).contains("HIVE", "no migration engine");
  }

  // --- bodies -------------------------------------------------------------------------------

  static Stream<Arguments> bodyOperations() {
    return Stream.of(
        Arguments.of("CreateMmsDataSource", "POST", "/api/v1/mms/datasources"),
        Arguments.of("UpdateMmsDataSource", "PUT", "{mine}"),
        Arguments.of("CreateMmsFetchMetadataJob", "POST", "{mine}/scans"),
        Arguments.of("UpdateMmsDb", "PUT", "{mine}/dbs/{db}"),
        Arguments.of("UpdateMmsTable", "PUT", "{mine}/tables/{table}"),
        Arguments.of("UpdateMmsTables", "PUT", "{mine}/tables"),
        Arguments.of("CreateMmsJob", "POST", "{mine}/jobs"),
        Arguments.of("DryRunMmsJob", "POST", "{mine}/jobs?dryRun=true"),
        Arguments.of("CreateMmsTimer", "POST", "{mine}/timers"),
        Arguments.of("UpdateMmsTimer", "PUT", "{mine}/timers/{timer}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyOperations")
  void malformed_json_is_a_400_with_its_position(String operation, String method, String path) {
    var error =
        api.fails(resolve(request(method, path, "{\"name\": \"x\",,}")), 400, "InvalidParameter");

    assertThat(error.path("message").asText()).startsWith("body: malformed JSON at line 1, column ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyOperations")
  void a_field_of_the_wrong_type_is_a_400_naming_it(String operation, String method, String path) {
    var error = api.fails(resolve(request(method, path, "{\"name\":[1]}")), 400, "InvalidParameter");

    assertThat(error.path("message").asText()).contains("name");
  }

  // --- helpers ------------------------------------------------------------------------------

  private static String job(String table, String filters) {
    return "{\"name\":\"j_%s\",\"srcDbName\":\"mock_db_1\",\"tables\":[\"%s\"],\"partitionFilters\":%s}"
        .formatted(table, table, filters);
  }

  private static String path(String template, Ids ids) {
    return template
        .replace("{scan}", Long.toString(ids.scan()))
        .replace("{db}", Long.toString(ids.db()))
        .replace("{table}", Long.toString(ids.table()))
        .replace("{partition}", Long.toString(ids.partition()))
        .replace("{job}", Long.toString(ids.job()))
        .replace("{task}", Long.toString(ids.task()))
        .replace("{timer}", Long.toString(ids.timer()));
  }

  /** {@code target} may carry a query, as {@code ?dryRun=true}. */
  private static TestRequest request(String method, String target, String body) {
    int q = target.indexOf('?');
    var request = TestRequest.of(method, q < 0 ? target : target.substring(0, q));
    if (q >= 0) {
      var pair = target.substring(q + 1).split("=");
      request.query(pair[0], pair[1]);
    }
    return body.isEmpty() ? request : request.json(body);
  }

  /** The request with {@code {mine}} and the ids of {@code mine} filled into its path. */
  private static TestRequest resolve(TestRequest template) {
    var resolved =
        TestRequest.of(template.method, path(template.path.replace("{mine}", source(mine.source())), mine));
    template.query.forEach(resolved::query);
    template.headers.forEach(resolved::header);
    return resolved.body(template.body);
  }
}
