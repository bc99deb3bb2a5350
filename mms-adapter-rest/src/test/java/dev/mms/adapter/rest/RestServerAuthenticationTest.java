package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.auth.AccessKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ACS3-HMAC-SHA256 verification over HTTP, against requests signed as the SDKs sign them. */
class RestServerAuthenticationTest {
  private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
  private static final String ALLOW_ALL =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"odps:*\",\"Resource\":\"*\"}]}";
  private static final SdkSigner SIGNER = new SdkSigner("LTAI-test", "s3cr3t");
  private static final String JOB = "/api/v1/mms/datasources/12/jobs/88";

  private static RestServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    var settings =
        new RestSettings(
            "127.0.0.1",
            0,
            ZoneOffset.UTC,
            RestSettings.DEFAULT_MAX_BODY_BYTES,
            List.of(new AccessKey("LTAI-test", "s3cr3t", ALLOW_ALL)),
            "cn-hangzhou",
            "1234");
    server = RestServer.start(settings, Clock.fixed(NOW, ZoneOffset.UTC), TestEndpoints.all());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static TestRequest signedGet(String path) {
    return TestRequest.get(path).signedBy(SIGNER, NOW);
  }

  @Test
  void a_request_signed_as_the_sdk_signs_it_is_served() {
    var response = client.send(signedGet("/api/v1/mms/datasources/12").query("withConfig", "true"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().at("/data/operation").asText()).isEqualTo("GetMmsDataSource");
  }

  @Test
  void a_signed_credentials_provider_header_is_part_of_the_signature() {
    var response =
        client.send(
            signedGet("/api/v1/mms/datasources/12").header("x-acs-credentials-provider", "static_ak"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  @Test
  void a_signed_json_body_with_the_sdk_content_type_is_served_with_its_body() {
    var response =
        client.send(
            TestRequest.of("PUT", "/api/v1/mms/datasources/12")
                .json("{\"action\":\"RENAME\",\"name\":\"new name\"}")
                .signedBy(SIGNER, NOW));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/data/operation").asText()).isEqualTo("UpdateMmsDataSource");
    assertThat(response.json().at("/data/body").asText())
        .isEqualTo("{\"action\":\"RENAME\",\"name\":\"new name\"}");
  }

  @Test
  void a_query_with_spaces_stars_tildes_and_json_is_canonicalized_as_the_sdk_does() {
    var response =
        client.send(
            signedGet("/api/v1/mms/datasources/12/tables")
                .query("pageSize", "10")
                .query("name", "migrate db*~1")
                .query("status", "[\"DONE\",\"FAILED\"]")
                .query("sorter.size", "asc")
                .query("dbName", "")
                .query("pageNum", "1"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().at("/data/query/1/1").asText()).isEqualTo("migrate db*~1");
  }

  @Test
  void the_wire_form_of_spaces_stars_and_tildes_is_the_sdk_form() {
    var request = signedGet("/api/v1/mms/datasources").query("name", "migrate db*~1");
    var wire = new String[1];
    request.tamper(w -> wire[0] = w.rawQuery);

    var response = client.send(request);

    assertThat(wire[0]).isEqualTo("name=migrate+db*%7E1");
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void a_bodiless_post_sent_chunked_with_a_zero_length_chunk_is_served() {
    var response = client.send(TestRequest.post(JOB + "/stop").signedBy(SIGNER, NOW).chunked());

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().at("/data/operation").asText()).isEqualTo("StopMmsJob");
  }

  @Test
  void a_bodiless_delete_sent_chunked_with_a_zero_length_chunk_is_served() {
    var response =
        client.send(
            TestRequest.of("DELETE", "/api/v1/mms/datasources/12").signedBy(SIGNER, NOW).chunked());

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().at("/data/operation").asText()).isEqualTo("DeleteMmsDataSource");
  }

  @Test
  void a_chunked_body_is_hashed_after_de_chunking() {
    var response =
        client.send(
            TestRequest.post("/api/v1/mms/datasources/12/scans")
                .json("{\"dbName\":\"default\",\"tableNames\":[\"table1\"]}")
                .signedBy(SIGNER, NOW)
                .chunked());

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().at("/data/body").asText())
        .isEqualTo("{\"dbName\":\"default\",\"tableNames\":[\"table1\"]}");
  }

  @Test
  void a_tampered_body_is_refused() {
    var response =
        client.send(
            TestRequest.of("PUT", "/api/v1/mms/datasources/12")
                .json("{\"action\":\"STOP\"}")
                .signedBy(SIGNER, NOW)
                .tamper(
                    wire -> wire.body = "{\"action\":\"START\"}".getBytes(StandardCharsets.UTF_8)));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void a_tampered_body_with_its_hash_header_updated_is_refused() {
    var tampered = "{\"action\":\"START\"}".getBytes(StandardCharsets.UTF_8);
    var response =
        client.send(
            TestRequest.of("PUT", "/api/v1/mms/datasources/12")
                .json("{\"action\":\"STOP\"}")
                .signedBy(SIGNER, NOW)
                .tamper(
                    wire -> {
                      wire.body = tampered;
                      wire.headers.put("x-acs-content-sha256", sha256Hex(tampered));
                    }));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void a_tampered_query_is_refused() {
    var response =
        client.send(
            signedGet("/api/v1/mms/datasources/12/jobs")
                .query("status", "DONE")
                .tamper(wire -> wire.rawQuery = "status=FAILED"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void a_tampered_path_is_refused() {
    var response =
        client.send(
            signedGet("/api/v1/mms/datasources/12")
                .tamper(wire -> wire.path = "/api/v1/mms/datasources/13"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void a_tampered_signed_header_is_refused() {
    var response =
        client.send(
            signedGet("/api/v1/mms/datasources/12")
                .tamper(wire -> wire.headers.put("x-acs-action", "GetMmsJob")));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void a_signature_made_with_another_secret_is_refused() {
    var response =
        client.send(
            TestRequest.get("/api/v1/mms/datasources")
                .signedBy(new SdkSigner("LTAI-test", "guessed"), NOW));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void an_unknown_access_key_is_refused() {
    var response =
        client.send(
            TestRequest.get("/api/v1/mms/datasources")
                .signedBy(new SdkSigner("LTAI-nobody", "s3cr3t"), NOW));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("InvalidAccessKeyId");
  }

  @Test
  void a_date_older_than_fifteen_minutes_is_refused() {
    var response =
        client.send(
            TestRequest.get("/api/v1/mms/datasources")
                .signedBy(SIGNER, NOW.minus(Duration.ofMinutes(15).plusSeconds(1))));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("InvalidTimeStamp.Expired");
  }

  @Test
  void a_date_more_than_fifteen_minutes_ahead_is_refused() {
    var response =
        client.send(
            TestRequest.get("/api/v1/mms/datasources")
                .signedBy(SIGNER, NOW.plus(Duration.ofMinutes(16))));

    assertThat(response.code()).isEqualTo("InvalidTimeStamp.Expired");
  }

  @Test
  void a_date_at_the_edge_of_the_window_is_accepted() {
    var response =
        client.send(
            TestRequest.get("/api/v1/mms/datasources")
                .signedBy(SIGNER, NOW.minus(Duration.ofMinutes(15))));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void a_replayed_nonce_is_refused() {
    var first =
        client.send(signedGet("/api/v1/mms/datasources").nonce("0123456789abcdef0123456789abcdef"));
    var replay =
        client.send(signedGet("/api/v1/mms/datasources").nonce("0123456789abcdef0123456789abcdef"));

    assertThat(first.status()).isEqualTo(200);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.code()).isEqualTo("SignatureNonceUsed");
  }

  @Test
  void a_refused_request_does_not_use_up_its_nonce() {
    var refused =
        client.send(
            TestRequest.get("/api/v1/mms/datasources")
                .signedBy(new SdkSigner("LTAI-test", "guessed"), NOW)
                .nonce("feedfacefeedfacefeedfacefeedface"));
    var good =
        client.send(signedGet("/api/v1/mms/datasources").nonce("feedfacefeedfacefeedfacefeedface"));

    assertThat(refused.status()).isEqualTo(401);
    assertThat(good.status()).isEqualTo(200);
  }

  @Test
  void an_unsigned_request_is_refused() {
    var response = client.send(TestRequest.get("/api/v1/mms/datasources"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("MissingAuthorization");
  }

  @Test
  void a_signature_that_leaves_the_nonce_unsigned_is_refused() {
    var response =
        client.send(
            signedGet("/api/v1/mms/datasources")
                .tamper(
                    wire ->
                        wire.headers.put(
                            "Authorization",
                            wire.headers
                                .get("Authorization")
                                .replace(";x-acs-signature-nonce", ""))));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.code()).isEqualTo("IncompleteSignature");
  }

  @Test
  void an_unknown_route_is_a_json_404_even_unsigned() {
    var response = client.send(TestRequest.get("/api/v2/elsewhere"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.code()).isEqualTo("InvalidAction.NotFound");
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
