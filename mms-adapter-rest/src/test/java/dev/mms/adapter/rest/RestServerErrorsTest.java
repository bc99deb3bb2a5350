package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every answer is JSON with a request id, and every refusal an MMS-style error body. */
class RestServerErrorsTest {
  private static final Pattern REQUEST_ID =
      Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
  private static final int BODY_LIMIT = 4096;

  private static RestServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    var settings =
        new RestSettings(
            "127.0.0.1", 0, ZoneId.of("Asia/Shanghai"), BODY_LIMIT, List.of(), "local", "local");
    server = RestServer.start(settings, Clock.systemUTC(), TestEndpoints.all());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static void assertErrorBody(TestResponse response, int status, String code) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("content-type")).startsWith("application/json");
    var json = response.json();
    assertThat(json.path("code").asText()).isEqualTo(code);
    assertThat(json.path("message").asText()).isNotBlank();
    assertThat(json.path("requestId").asText())
        .matches(REQUEST_ID)
        .isEqualTo(response.header("x-acs-request-id"));
  }

  @Test
  void a_success_is_the_envelope_with_the_request_id_of_the_header() {
    var response = client.send(TestRequest.get("/api/v1/mms/datasources/12"));

    assertThat(response.status()).isEqualTo(200);
    var json = response.json();
    assertThat(json.fieldNames()).toIterable().containsExactly("requestId", "data");
    assertThat(json.path("requestId").asText())
        .matches(REQUEST_ID)
        .isEqualTo(response.header("x-acs-request-id"));
  }

  @Test
  void data_can_be_a_bare_number() {
    var response = client.send(TestRequest.post("/api/v1/mms/datasources/12/timers/5/trigger"));

    assertThat(response.json().path("data").isIntegralNumber()).isTrue();
    assertThat(response.json().path("data").asLong()).isEqualTo(5);
  }

  @Test
  void data_can_be_an_array_and_times_are_written_in_the_configured_zone() {
    var response = client.send(TestRequest.get("/api/v1/mms/datasources/12/tasks/4023/logs"));

    assertThat(response.body())
        .endsWith("\"data\":[{\"createTime\":\"2024-12-17 15:44:17\",\"id\":10000}]}");
  }

  @Test
  void every_response_has_its_own_request_id() {
    var first = client.send(TestRequest.get("/api/v1/mms/datasources"));
    var second = client.send(TestRequest.get("/api/v1/mms/datasources"));

    assertThat(first.header("x-acs-request-id")).isNotEqualTo(second.header("x-acs-request-id"));
  }

  @Test
  void a_partition_filter_error_is_answered_with_its_position() {
    var response =
        client.send(TestRequest.of("PUT", "/api/v1/mms/datasources/12/timers/5").json("{}"));

    assertErrorBody(response, 400, "InvalidPartitionFilter");
    assertThat(response.body())
        .isEqualTo(
            "{\"requestId\":\""
                + response.header("x-acs-request-id")
                + "\",\"code\":\"InvalidPartitionFilter\",\"message\":\"partition filter of table"
                + " t1 at line 1, column 35: expected a literal\","
                + "\"details\":{\"column\":35,\"line\":1,\"table\":\"t1\"}}");
  }

  @Test
  void a_head_request_is_a_405_without_body() {
    var response = client.send(TestRequest.of("HEAD", "/api/v1/mms/datasources"));

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("allow")).isEqualTo("GET, POST");
    assertThat(response.body()).isEmpty();
  }

  @Test
  void data_can_be_a_page() {
    var response = client.send(TestRequest.get("/api/v1/mms/datasources/12/timers/5/logs"));

    assertThat(response.body())
        .endsWith(
            "\"data\":{\"objectList\":[{\"id\":1}],\"total\":21,\"pageNum\":3,\"pageSize\":10}}");
  }

  @Test
  void a_domain_error_is_answered_with_its_status_and_code() {
    var response = client.send(TestRequest.get("/api/v1/mms/datasources/12/jobs/88"));

    assertErrorBody(response, 404, "EntityNotExist.Job");
    assertThat(response.json().path("message").asText()).isEqualTo("Job 88 does not exist");
  }

  @Test
  void malformed_json_is_a_400() {
    var response =
        client.send(TestRequest.post("/api/v1/mms/datasources/12/timers").json("{\"name\": "));

    assertErrorBody(response, 400, "InvalidParameter");
    assertThat(response.json().path("message").asText()).startsWith("body: malformed JSON");
  }

  @Test
  void a_wrong_json_type_is_a_400_naming_the_field() {
    var response =
        client.send(
            TestRequest.post("/api/v1/mms/datasources/12/timers").json("{\"stopped\":\"yes\"}"));

    assertErrorBody(response, 400, "InvalidParameter");
    assertThat(response.json().path("message").asText())
        .isEqualTo("stopped: must be true or false");
  }

  @Test
  void a_missing_body_is_a_400() {
    var response = client.send(TestRequest.post("/api/v1/mms/datasources/12/timers"));

    assertErrorBody(response, 400, "MissingParameter");
  }

  @Test
  void a_body_over_the_limit_is_a_413() {
    var response =
        client.send(
            TestRequest.post("/api/v1/mms/datasources/12/timers")
                .json("{\"name\":\"" + "x".repeat(BODY_LIMIT) + "\"}"));

    assertErrorBody(response, 413, "RequestBodyTooLarge");
  }

  @Test
  void a_chunked_body_over_the_limit_is_a_413() {
    var response =
        client.send(
            TestRequest.post("/api/v1/mms/datasources/12/timers")
                .json("{\"name\":\"" + "x".repeat(BODY_LIMIT) + "\"}")
                .chunked());

    assertErrorBody(response, 413, "RequestBodyTooLarge");
  }

  @Test
  void a_body_at_the_limit_is_read() {
    var json = "{\"name\":\"" + "x".repeat(BODY_LIMIT - 11) + "\"}";

    var response = client.send(TestRequest.post("/api/v1/mms/datasources/12/timers").json(json));

    assertThat(json).hasSize(BODY_LIMIT);
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void an_unknown_route_is_a_json_404() {
    assertErrorBody(client.send(TestRequest.get("/nothing/here")), 404, "InvalidAction.NotFound");
    assertErrorBody(client.send(TestRequest.get("/")), 404, "InvalidAction.NotFound");
  }

  @Test
  void a_wrong_method_is_a_json_405_with_the_allowed_methods() {
    var response = client.send(TestRequest.of("PATCH", "/api/v1/mms/datasources/12"));

    assertErrorBody(response, 405, "MethodNotAllowed");
    assertThat(response.header("allow")).isEqualTo("DELETE, GET, PUT");
  }

  @Test
  void an_unknown_http_method_is_a_json_404() {
    var response =
        client.raw(
            "BREW /api/v1/mms/datasources HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));

    assertErrorBody(response, 404, "InvalidAction.NotFound");
  }

  @Test
  void a_path_id_that_is_not_an_int64_is_a_400_naming_it() {
    var response = client.send(TestRequest.get("/api/v1/mms/datasources/twelve"));

    assertErrorBody(response, 400, "InvalidParameter");
    assertThat(response.json().path("message").asText()).startsWith("sourceId:");
  }

  @Test
  void a_bad_query_value_is_a_400_naming_the_parameter() {
    var response =
        client.send(TestRequest.post("/api/v1/mms/datasources/12/jobs").query("dryRun", "perhaps"));

    assertErrorBody(response, 400, "InvalidParameter");
    assertThat(response.json().path("message").asText()).startsWith("dryRun:");
  }

  @Test
  void an_unexpected_failure_is_a_500_without_internals() {
    var response = client.send(TestRequest.of("DELETE", "/api/v1/mms/datasources/12/timers/5"));

    assertErrorBody(response, 500, "InternalError");
    assertThat(response.body()).doesNotContain("hunter2", "postgresql", "Exception", "\tat ");
  }

  @Test
  void headers_jetty_cannot_take_are_answered_in_json() {
    var response =
        client.raw(
            ("GET /api/v1/mms/datasources HTTP/1.1\r\nHost: x\r\nX-Big: "
                    + "y".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));

    assertErrorBody(response, 431, "InvalidRequest");
  }

  @Test
  void a_request_line_jetty_cannot_parse_is_answered_in_json() {
    var response =
        client.raw(
            "GET /api/v1/mms/data\u0001sources HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));

    assertErrorBody(response, 400, "InvalidRequest");
  }
}
