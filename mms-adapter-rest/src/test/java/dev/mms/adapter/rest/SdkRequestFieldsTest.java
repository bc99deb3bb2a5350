package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request field and query parameter the official SDKs may send (wire reference §4–§6) is
 * known to the server. Bodies with unknown fields are refused (docs/adr/004), so a field missing
 * from a DTO would turn a valid SDK call into a 400; query parameters nobody reads are ignored, so a
 * parameter missing from a controller would be dropped silently. Each call therefore sets every
 * documented field and checks that its values reached the use case.
 */
class SdkRequestFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SOURCE = "/api/v1/mms/datasources/7";
  private static final StubUseCases STUBS = new StubUseCases();

  /**
   * CreateMmsJob's {@code sourceName} is read and not passed on: a job takes the name of the data
   * source of its path, as {@code sourceId} must be that source too.
   */
  private static final Set<String> READ_NOT_PASSED_ON = Set.of("src-name-x");

  private static RestServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    server =
        RestServer.start(RestSettings.loopback(0), Clock.systemUTC(), STUBS.useCases());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of(
            "CreateMmsDataSource",
            "POST",
            "/api/v1/mms/datasources",
            """
            {"name":"demo-src","type":"BIGQUERY","config":{"bigquery.project.id":"proj-x"},
             "networklink":"vpc-uf6pc2vordian33gobzfr:cn-shanghai"}"""),
        Arguments.of(
            "UpdateMmsDataSource",
            "PUT",
            SOURCE,
            """
            {"action":"UPDATE_CONFIG","name":"demo-renamed",
             "config":{"mc.sql.hints":{"odps.sql.decimal.odps2":true}},"test":true}"""),
        Arguments.of(
            "CreateMmsFetchMetadataJob",
            "POST",
            SOURCE + "/scans",
            "{\"dbName\":\"db-scan\",\"tableNames\":[\"table-scan-1\",\"table-scan-2\"]}"),
        Arguments.of(
            "UpdateMmsDb",
            "PUT",
            SOURCE + "/dbs/3",
            "{\"dstProjectName\":\"pj-db\",\"dstName\":\"schema-db\",\"status\":\"INIT\"}"),
        Arguments.of(
            "UpdateMmsTable",
            "PUT",
            SOURCE + "/tables/5",
            """
            {"dstProjectName":"pj-t","dstSchemaName":"schema-t","dstName":"name-t",
             "status":"INIT"}"""),
        Arguments.of(
            "UpdateMmsTables",
            "PUT",
            SOURCE + "/tables",
            """
            {"dbName":"db-ts","tableNames":["ts-1","ts-2"],"tables":[4101,4102],
             "dstProjectName":"pj-ts","dstSchemaName":"schema-ts","status":"INIT"}"""),
        Arguments.of(
            "CreateMmsJob",
            "POST",
            SOURCE + "/jobs",
            """
            {"name":"job-x","sourceId":7,"sourceName":"src-name-x","srcDbName":"src-db-x",
             "srcSchemaName":"src-schema-x","dstDbName":"dst-db-x","dstSchemaName":"dst-schema-x",
             "tables":["t-x"],"partitions":[5101,5102],"tableWhiteList":["white-x"],
             "tableBlackList":["black-x"],"partitionFilters":{"t-x":"p1 >= '2022-03-04'"},
             "tableMapping":{"t-x":"t-x-copy"},"columnMapping":{"c-x":"c-x-copy"},
             "increment":false,"enableVerification":true,"enableSchemaMigration":true,
             "enableDataMigration":false,"schemaOnly":false,"eta":"2025-02-04",
             "taskType":"BIGQUERY","others":{"spark.executor.mem":"2g","retries":3}}"""),
        Arguments.of(
            "CreateMmsTimer",
            "POST",
            SOURCE + "/timers",
            """
            {"name":"timer-x","sourceId":7,"srcDbName":"src-db-timer","scheduleType":"Daily",
             "value":"02:30","tables":["t-timer"],"partitions":[6101],
             "tableWhiteList":["white-timer"],"tableBlackList":["black-timer"],
             "partitionFilters":{"t-timer":"ds = '2024'"},"tableMapping":{"t-timer":"t-timer-2"},
             "columnMapping":{"c-timer":"c-timer-2"},"enableSchemaMigration":true,
             "enableDataMigration":true,"enableVerification":false,
             "others":{"hive.settings":"x-timer"}}"""),
        Arguments.of(
            "UpdateMmsTimer",
            "PUT",
            SOURCE + "/timers/1",
            """
            {"scheduleType":"Hourly","value":"15","stopped":false,
             "tableWhiteList":["white-upd"],"tableBlackList":["black-upd"]}"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void every_documented_body_field_is_read(String operation, String method, String path, String body) {
    var response = client.send(TestRequest.of(method, path).json(body));

    assertThat(response.status()).as("%s: %s", operation, response.body()).isEqualTo(200);
    assertThat(STUBS.last().toString()).contains(values(body));
  }


  static Stream<Arguments> queries() {
    return Stream.of(
        query(
            "ListMmsDataSources",
            "/api/v1/mms/datasources",
            "name", "ds-name", "type", "HIVE", "region", "cn-shanghai", "pageNum", "3",
            "pageSize", "33"),
        query("GetMmsDataSource", SOURCE, "withConfig", "true", "lang", "en_US"),
        query("ListMmsDataSourceConfigItems", "/api/v1/mms/configItems", "sourceType", "Hive",
            "lang", "en_US"),
        query(
            "ListMmsDbs",
            SOURCE + "/dbs",
            "name", "db-name", "status", "DOING", "sorter", "{\"numRows\":\"desc\"}",
            "pageNum", "3", "pageSize", "33"),
        query(
            "ListMmsTables",
            SOURCE + "/tables",
            "dbId", "4201", "dbName", "db-tables", "name", "table-name", "type", "MANAGED_TABLE",
            "hasPartitions", "true", "onlyName", "false", "dstProjectName", "pj-tables",
            "dstSchemaName", "schema-tables", "dstName", "dst-tables",
            "status", "[\"DONE\",\"FAILED\"]", "lastDdlTimeStart", "2024-12-17 15:44:17",
            "lastDdlTimeEnd", "2024-12-18 15:44:17", "sorter.numRows", "asc", "sorter.size", "desc",
            "sorter.lastDdlTime", "asc", "pageNum", "3", "pageSize", "33"),
        query(
            "ListMmsPartitions",
            SOURCE + "/partitions",
            "dbId", "4301", "dbName", "db-parts", "tableId", "4302", "tableName", "table-parts",
            "value", "p1=1/p2=abc", "updated", "true", "status", "[\"INIT\",\"DONE\"]",
            "lastDdlTimeStart", "2024-12-17 15:44:17", "lastDdlTimeEnd", "2024-12-18 15:44:17",
            "sorter.numRows", "asc", "sorter.size", "desc", "sorter.lastDdlTime", "asc",
            "pageNum", "3", "pageSize", "33"),
        query(
            "ListMmsJobs",
            SOURCE + "/jobs",
            "name", "job-name", "srcDbName", "src-db-jobs", "srcTableName", "src-table-jobs",
            "dstDbName", "dst-db-jobs", "dstTableName", "dst-table-jobs", "status", "DOING",
            "stopped", "1", "timerId", "4401", "sorter.status", "desc", "pageNum", "3",
            "pageSize", "33"),
        query(
            "ListMmsTasks",
            SOURCE + "/tasks",
            "jobId", "4501", "jobName", "job-tasks", "srcDbName", "src-db-tasks",
            "srcTableName", "src-table-tasks", "dstDbName", "dst-db-tasks",
            "dstTableName", "dst-table-tasks", "status", "DATA_FAILED", "partition", "p1=1/p2=abc",
            "sorter.startTime", "desc", "sorter.status", "asc", "pageNum", "3", "pageSize", "33"),
        query(
            "ListMmsTimers",
            SOURCE + "/timers",
            "name", "timer-name", "srcDbName", "src-db-timers", "srcTableName", "src-table-timers",
            "stopped", "true", "pageNum", "3", "pageSize", "33"),
        query("ListMmsTimerLogs", SOURCE + "/timers/1/logs", "pageNum", "3", "pageSize", "33"));
  }

  /**
   * {@code onlyName} of ListMmsTables shapes the answer rather than the query, so the controller
   * tests check it. Booleans and times are checked there too.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void every_documented_query_parameter_reaches_the_use_case(
      String operation, String path, Map<String, String> params) {
    var request = TestRequest.get(path);
    params.forEach(request::query);

    var response = client.send(request);

    assertThat(response.status()).as("%s: %s", operation, response.body()).isEqualTo(200);
    var received = STUBS.last().toString();
    params.forEach(
        (name, value) -> {
          if (!value.equals("true") && !value.equals("false") && !name.startsWith("lastDdlTime")) {
            assertThat(received).as("%s %s", operation, name).contains(expected(name, value));
          }
        });
  }

  @Test
  void a_field_no_sdk_sends_is_refused_naming_it() {
    var response =
        client.send(
            TestRequest.post(SOURCE + "/jobs").json("{\"name\":\"j\",\"tableBlacklist\":[\"t\"]}"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText())
        .startsWith("tableBlacklist: is not a field of this request");
  }

  private static Arguments query(String operation, String path, String... pairs) {
    var params = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.put(pairs[i], pairs[i + 1]);
    }
    return Arguments.of(operation, path, params);
  }

  /** How a query value shows in the use case's input: sorters as map entries, lists as lists. */
  private static String expected(String name, String value) {
    if (name.startsWith("sorter.")) {
      return name.substring("sorter.".length()) + "=" + value;
    }
    if (name.equals("sorter")) {
      return "numRows=desc";
    }
    if (value.startsWith("[")) {
      return value.replace("[\"", "[").replace("\",\"", ", ").replace("\"]", "]");
    }
    return value;
  }

  /** The texts and numbers of a body, map keys included: each must reach the use case. */
  private static String[] values(String body) {
    var found = new ArrayList<String>();
    try {
      JSON.readTree(body).elements().forEachRemaining(value -> collect(value, found));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found.stream().filter(v -> !READ_NOT_PASSED_ON.contains(v)).toArray(String[]::new);
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                found.add(e.getKey());
                collect(e.getValue(), found);
              });
    } else if (node.isArray()) {
      node.elements().forEachRemaining(e -> collect(e, found));
    } else if (node.isTextual() || node.isNumber()) {
      found.add(node.asText());
    }
  }
}
