package dev.mms.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerRuntimeTest {

  @Test
  void a_server_on_a_free_port_answers_the_mms_api() throws Exception {
    var config = ConfigSource.of(Map.of("store", "memory", "port", "0"), Map.of(), Optional.empty())
        .serverConfig();

    try (var runtime = ServerRuntime.start(config)) {
      var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + runtime.port() + "/api/v1/mms/configItems?sourceType=JDBC&lang=en_US"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"requestId\"").contains("\"key\":\"jdbc.url\"");
    }
  }

  @Test
  void without_access_keys_a_public_address_is_refused() {
    var config = ConfigSource.of(Map.of("store", "memory", "port", "0", "host", "0.0.0.0"),
        Map.of(), Optional.empty()).serverConfig();

    assertThatThrownBy(() -> ServerRuntime.start(config).close())
        .hasMessageContaining("loopback");
  }

  @Test
  void with_access_keys_unsigned_requests_are_refused(@TempDir Path dir) throws Exception {
    var keys = dir.resolve("keys.json");
    Files.writeString(keys, """
        {"accessKeys": [{"id": "LTAItest", "secret": "s3cret",
          "policy": {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "odps:*", "Resource": "*"}]}}]}
        """);
    var config = ConfigSource.of(Map.of("store", "memory", "port", "0", "access-keys", keys.toString()),
        Map.of(), Optional.empty()).serverConfig();

    try (var runtime = ServerRuntime.start(config)) {
      var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + runtime.port() + "/api/v1/mms/datasources")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("\"code\"");
    }
  }
}
