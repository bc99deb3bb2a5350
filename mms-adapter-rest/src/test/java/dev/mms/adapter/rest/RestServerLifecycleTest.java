package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.rest.auth.AccessKey;
import java.io.IOException;
import java.net.Socket;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestServerLifecycleTest {
  private static final String ALLOW_ALL =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private static RestSettings settings(String host, List<AccessKey> keys) {
    return new RestSettings(
        host, 0, ZoneOffset.UTC, RestSettings.DEFAULT_MAX_BODY_BYTES, keys, "cn-hangzhou", "1");
  }

  @Test
  void port_zero_binds_a_free_port_and_reports_it() {
    try (var server =
        RestServer.start(RestSettings.loopback(0), Clock.systemUTC(), TestEndpoints.all())) {
      var response = new TestClient(server.port()).send(TestRequest.get("/api/v1/mms/datasources"));

      assertThat(server.port()).isPositive();
      assertThat(response.status()).isEqualTo(200);
    }
  }

  @Test
  void without_access_keys_a_non_loopback_host_is_refused() {
    assertThatThrownBy(
            () -> RestServer.start(settings("0.0.0.0", List.of()), Clock.systemUTC(), Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0.0.0.0")
        .hasMessageContaining("AccessKey");
  }

  @Test
  void without_access_keys_localhost_is_accepted() {
    try (var server =
        RestServer.start(settings("localhost", List.of()), Clock.systemUTC(), Map.of())) {
      assertThat(server.port()).isPositive();
    }
  }

  @Test
  void with_access_keys_any_host_is_accepted() {
    var keys = List.of(new AccessKey("k", "s", ALLOW_ALL));

    try (var server = RestServer.start(settings("0.0.0.0", keys), Clock.systemUTC(), Map.of())) {
      assertThat(server.port()).isPositive();
    }
  }

  @Test
  void an_invalid_policy_stops_the_start_naming_its_access_key() {
    var keys =
        List.of(
            new AccessKey(
                "ops-key",
                "s",
                "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{}}]}"));

    assertThatThrownBy(
            () -> RestServer.start(settings("127.0.0.1", keys), Clock.systemUTC(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ops-key")
        .hasMessageContaining("Condition");
  }

  @Test
  void an_operation_without_an_endpoint_is_a_json_501() {
    try (var server = RestServer.start(RestSettings.loopback(0), Clock.systemUTC(), Map.of())) {
      var response = new TestClient(server.port()).send(TestRequest.get("/api/v1/mms/datasources"));

      assertThat(response.status()).isEqualTo(501);
      assertThat(response.code()).isEqualTo("NotImplemented");
    }
  }

  @Test
  void a_stopped_server_no_longer_accepts_connections() {
    var server = RestServer.start(RestSettings.loopback(0), Clock.systemUTC(), Map.of());
    int port = server.port();

    server.stop();

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
  }

  @Test
  void access_keys_do_not_print_their_secret() {
    assertThat(new AccessKey("id-1", "very-secret", ALLOW_ALL).toString())
        .doesNotContain("very-secret");
  }
}
