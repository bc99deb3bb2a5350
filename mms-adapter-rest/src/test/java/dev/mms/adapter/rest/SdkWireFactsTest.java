package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.job.ListJobsUseCase.ListJobsQuery;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the official SDK clients send and accept (wire reference §16), against the real controllers:
 * the items the signature and error tests do not already cover.
 */
class SdkWireFactsTest {
  private static final String SOURCE = "/api/v1/mms/datasources/7";
  private static final StubUseCases STUBS = new StubUseCases();

  private static RestServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    server = RestServer.start(RestSettings.loopback(0), Clock.systemUTC(), STUBS.useCases());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** Bodiless calls go chunked with a zero-length chunk and no content type, as the SDKs send them. */
  static Stream<Arguments> actions() {
    return Stream.of(
        Arguments.of("DeleteMmsDataSource", TestRequest.of("DELETE", SOURCE).chunked()),
        Arguments.of("DeleteMmsJob", TestRequest.post(SOURCE + "/jobs/88").chunked()),
        Arguments.of("StartMmsJob", TestRequest.post(SOURCE + "/jobs/88/start").chunked()),
        Arguments.of("StopMmsJob", TestRequest.post(SOURCE + "/jobs/88/stop").chunked()),
        Arguments.of("RetryMmsJob", TestRequest.post(SOURCE + "/jobs/88/retry").chunked()),
        Arguments.of("RetryMmsTask", TestRequest.post(SOURCE + "/tasks/4023/retry").chunked()),
        Arguments.of("DeleteMmsTimer", TestRequest.of("DELETE", SOURCE + "/timers/1").chunked()),
        Arguments.of("TriggerMmsTimer", TestRequest.post(SOURCE + "/timers/1/trigger").chunked()),
        Arguments.of(
            "UpdateMmsDb", TestRequest.of("PUT", SOURCE + "/dbs/3").json("{\"status\":\"INIT\"}")),
        Arguments.of(
            "UpdateMmsTable",
            TestRequest.of("PUT", SOURCE + "/tables/5").json("{\"status\":\"INIT\"}")),
        Arguments.of(
            "UpdateMmsTables",
            TestRequest.of("PUT", SOURCE + "/tables")
                .json("{\"dbName\":\"d\",\"tableNames\":[\"t\"],\"status\":\"INIT\"}")),
        Arguments.of(
            "UpdateMmsTimer",
            TestRequest.of("PUT", SOURCE + "/timers/1").json("{\"stopped\":true}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void every_action_endpoint_answers_a_bare_int64(String operation, TestRequest request) {
    var response = client.send(request);

    assertThat(response.status()).as("%s: %s", operation, response.body()).isEqualTo(200);
    assertThat(response.json().fieldNames()).toIterable().containsExactly("requestId", "data");
    assertThat(response.json().path("data").isIntegralNumber())
        .as("%s answered %s", operation, response.body())
        .isTrue();
  }

  @Test
  void task_logs_and_config_items_answer_a_bare_array() {
    var logs = client.send(TestRequest.get(SOURCE + "/tasks/4023/logs"));
    var items = client.send(TestRequest.get("/api/v1/mms/configItems").query("sourceType", "Hive"));

    assertThat(logs.json().path("data").isArray()).as(logs.body()).isTrue();
    assertThat(items.json().path("data").isArray()).as(items.body()).isTrue();
  }

  @Test
  void a_form_encoded_query_reaches_the_use_case_decoded() {
    var request = TestRequest.get(SOURCE + "/jobs").query("name", "migrate db*~1");
    var wire = new String[1];
    request.tamper(w -> wire[0] = w.rawQuery);

    var response = client.send(request);

    assertThat(wire[0]).isEqualTo("name=migrate+db*%7E1");
    assertThat(response.status()).isEqualTo(200);
    assertThat(((ListJobsQuery) STUBS.last()).name()).contains("migrate db*~1");
  }

  @Test
  void a_percent_encoded_query_key_and_json_value_are_decoded() {
    var response =
        client.send(
            TestRequest.get(SOURCE + "/dbs")
                .tamper(w -> w.rawQuery = "%73orter=%7B%22numRows%22%3A%22desc%22%7D"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(STUBS.last().toString()).contains("numRows=desc");
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "false, false", "true, true"})
  void stopped_on_list_mms_jobs_is_read_as_0_1_or_a_boolean(String wire, boolean stopped) {
    var response = client.send(TestRequest.get(SOURCE + "/jobs").query("stopped", wire));

    assertThat(response.status()).isEqualTo(200);
    assertThat(((ListJobsQuery) STUBS.last()).stopped()).isEqualTo(Optional.of(stopped));
  }

  @Test
  void stopped_on_list_mms_jobs_refuses_other_numbers() {
    var response = client.send(TestRequest.get(SOURCE + "/jobs").query("stopped", "2"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("stopped");
  }

  @Test
  void a_percent_encoded_slash_in_a_path_parameter_is_a_400_naming_it() {
    var response = client.send(TestRequest.get("/api/v1/mms/datasources/7%2F8/jobs"));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("sourceId");
  }

  @Test
  void a_percent_encoded_space_in_a_path_parameter_is_a_400_naming_it() {
    var response = client.send(TestRequest.get(SOURCE + "/jobs/8%208"));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("jobId");
  }

  /**
   * The SDKs encode an id's digits as themselves, so an id is matched as sent: an encoded digit is
   * not an id (and the signature covers the path as sent, too).
   */
  @Test
  void a_percent_encoded_digit_in_an_id_is_a_400_naming_it() {
    var response = client.send(TestRequest.get(SOURCE + "/jobs/%38%38"));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).startsWith("jobId:");
  }

  /** The SDKs also read PascalCase error keys; ours are the camelCase ones only. */
  @Test
  void an_error_body_has_camel_case_keys_only() {
    var response = client.send(TestRequest.post(SOURCE + "/jobs").json("{\"name\":"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("requestId", "code", "message");
  }
}
