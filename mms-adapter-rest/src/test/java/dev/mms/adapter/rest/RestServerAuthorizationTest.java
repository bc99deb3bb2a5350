package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.auth.AccessKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RAM-style policies per AccessKey, enforced over HTTP on signed requests. */
class RestServerAuthorizationTest {
  private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
  private static final SdkSigner READER = new SdkSigner("reader", "r-secret");
  private static final SdkSigner OPERATOR = new SdkSigner("operator", "o-secret");
  private static final SdkSigner JOBS = new SdkSigner("jobs", "j-secret");
  private static final SdkSigner LISTER = new SdkSigner("lister", "l-secret");

  private static RestServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    var keys =
        List.of(
            new AccessKey(
                "reader",
                "r-secret",
                """
                {"Version":"1","Statement":[{"Effect":"Allow","Action":["odps:List*","odps:Get*"],
                 "Resource":["acs:odps:*:*:mmsdatasource/12"]}]}"""),
            new AccessKey(
                "operator",
                "o-secret",
                """
{"Version":"1","Statement":[
 {"Effect":"Allow","Action":"odps:*","Resource":"*"},
 {"Effect":"Deny","Action":"odps:DeleteMmsJob","Resource":"acs:odps:cn-hangzhou:1234:mmsdatasource/12"}]}"""),
            new AccessKey(
                "jobs",
                "j-secret",
                """
                {"Version":"1","Statement":[{"Effect":"Allow","Action":"odps:*MmsJob",
                 "Resource":"acs:odps:cn-hangzhou:1234:mmsdatasource/1?"}]}"""),
            new AccessKey(
                "lister",
                "l-secret",
                """
{"Version":"1","Statement":[{"Effect":"Allow","Action":"odps:ListMmsDataSources","Resource":"*"}]}"""));
    var settings =
        new RestSettings(
            "127.0.0.1",
            0,
            ZoneOffset.UTC,
            RestSettings.DEFAULT_MAX_BODY_BYTES,
            keys,
            "cn-hangzhou",
            "1234");
    server = RestServer.start(settings, Clock.fixed(NOW, ZoneOffset.UTC), TestEndpoints.all());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static TestResponse send(SdkSigner signer, String method, String path) {
    return client.send(TestRequest.of(method, path).signedBy(signer, NOW));
  }

  @Test
  void an_allowed_action_on_an_allowed_data_source_is_served() {
    var response = send(READER, "GET", "/api/v1/mms/datasources/12/tables");

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void the_resource_of_another_data_source_is_forbidden() {
    var response = send(READER, "GET", "/api/v1/mms/datasources/13/tables");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.code()).isEqualTo("Forbidden.RAM");
    assertThat(response.json().path("message").asText())
        .contains("odps:ListMmsTables", "acs:odps:cn-hangzhou:1234:mmsdatasource/13");
  }

  @Test
  void an_action_no_statement_allows_is_forbidden() {
    var response = send(READER, "POST", "/api/v1/mms/datasources/12/jobs/88/stop");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().path("message").asText())
        .contains("odps:StopMmsJob", "no policy statement allows it");
  }

  @Test
  void list_data_sources_needs_a_statement_on_every_resource() {
    assertThat(send(READER, "GET", "/api/v1/mms/datasources").status()).isEqualTo(403);
    assertThat(send(LISTER, "GET", "/api/v1/mms/datasources").status()).isEqualTo(200);
  }

  @Test
  void config_items_and_data_source_creation_are_checked_on_every_resource() {
    var configItems = send(LISTER, "GET", "/api/v1/mms/configItems");
    var create = send(LISTER, "POST", "/api/v1/mms/datasources");

    assertThat(configItems.json().path("message").asText())
        .contains("odps:ListMmsDataSourceConfigItems on resource *");
    assertThat(create.json().path("message").asText())
        .contains("odps:CreateMmsDataSource on resource *");
  }

  @Test
  void an_explicit_deny_beats_an_allow() {
    var response = send(OPERATOR, "POST", "/api/v1/mms/datasources/12/jobs/88");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().path("message").asText())
        .contains("odps:DeleteMmsJob", "an explicit Deny applies");
  }

  @Test
  void a_deny_leaves_other_actions_and_resources_allowed() {
    assertThat(send(OPERATOR, "POST", "/api/v1/mms/datasources/12/jobs/88/stop").status())
        .isEqualTo(200);
    assertThat(send(OPERATOR, "POST", "/api/v1/mms/datasources/13/jobs/88").status())
        .isEqualTo(200);
  }

  @Test
  void wildcard_actions_and_resources_match_as_ram_does() {
    assertThat(send(JOBS, "POST", "/api/v1/mms/datasources/15/jobs/88/start").status())
        .isEqualTo(200);
    assertThat(send(JOBS, "POST", "/api/v1/mms/datasources/19/jobs/88/retry").status())
        .isEqualTo(200);
    assertThat(send(JOBS, "GET", "/api/v1/mms/datasources/15/jobs").status()).isEqualTo(403);
    assertThat(send(JOBS, "POST", "/api/v1/mms/datasources/1/jobs/88/start").status())
        .isEqualTo(403);
    assertThat(send(JOBS, "POST", "/api/v1/mms/datasources/150/jobs/88/start").status())
        .isEqualTo(403);
  }

  @Test
  void the_dry_run_is_authorized_as_its_own_action() {
    var allowed =
        client.send(
            TestRequest.post("/api/v1/mms/datasources/12/jobs")
                .query("dryRun", "true")
                .json("{}")
                .signedBy(OPERATOR, NOW));
    var forbidden =
        client.send(
            TestRequest.post("/api/v1/mms/datasources/12/jobs")
                .query("dryRun", "true")
                .json("{}")
                .signedBy(READER, NOW));

    assertThat(allowed.json().at("/data/operation").asText()).isEqualTo("DryRunMmsJob");
    assertThat(forbidden.json().path("message").asText()).contains("odps:DryRunMmsJob");
  }

  @Test
  void authentication_comes_before_authorization() {
    var response =
        client.send(
            TestRequest.get("/api/v1/mms/datasources/13/tables")
                .signedBy(new SdkSigner("reader", "wrong"), NOW));

    assertThat(response.status()).isEqualTo(401);
  }
}
