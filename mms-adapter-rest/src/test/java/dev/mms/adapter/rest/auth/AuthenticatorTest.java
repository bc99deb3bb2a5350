package dev.mms.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.rest.SdkSigner;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The verifier on its own, against the independent SDK-style signer of the tests. */
class AuthenticatorTest {
  private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
  private static final String DATE = "2025-03-01T08:00:00Z";
  private static final AccessKey KEY = new AccessKey("LTAI-unit", "unit-secret", "{}");
  private static final SdkSigner SIGNER = new SdkSigner("LTAI-unit", "unit-secret");

  private final Authenticator authenticator =
      new Authenticator(List.of(KEY), Clock.fixed(NOW, ZoneOffset.UTC));

  /**
   * Signs as the SDK would, lets the test change the signed headers, and builds what the server
   * sees.
   */
  private static SignedRequest request(
      String method,
      String path,
      Map<String, String> query,
      String body,
      Consumer<Map<String, String>> change) {
    var base =
        SdkSigner.baseHeaders(
            "mms.example:8080", "ListMmsJobs", DATE, UUID.randomUUID().toString());
    var bytes = body.getBytes(StandardCharsets.UTF_8);
    if (!body.isEmpty()) {
      base.put("content-type", "application/json; charset=utf-8");
    }
    var headers = new LinkedHashMap<String, String>();
    SIGNER
        .sign(method, path, query, base, bytes)
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    change.accept(headers);
    return new SignedRequest(method, path, new ArrayList<>(query.entrySet()), headers, bytes);
  }

  private static SignedRequest request(
      String method, String path, Map<String, String> query, String body) {
    return request(method, path, query, body, headers -> {});
  }

  private static String code(Either<AuthFailure, String> result) {
    assertThat(result.isLeft()).as("refused: %s", result).isTrue();
    return result.getLeft().code();
  }

  @Test
  void a_request_signed_as_the_sdk_signs_it_is_accepted_as_its_access_key() {
    var result =
        authenticator.authenticate(
            request("PUT", "/api/v1/mms/datasources/7", Map.of(), "{\"test\":true}"));

    assertThat(result.get()).isEqualTo("LTAI-unit");
  }

  @Test
  void the_wire_order_of_query_parameters_does_not_matter() {
    var query = new LinkedHashMap<String, String>();
    query.put("pageSize", "10");
    query.put("name", "a b");
    query.put("Zeta", "*");
    var signed = request("GET", "/api/v1/mms/datasources", query, "");
    var reversed = new ArrayList<>(signed.query());
    Collections.reverse(reversed);

    var result =
        authenticator.authenticate(
            new SignedRequest(
                signed.method(), signed.rawPath(), reversed, signed.headers(), signed.body()));

    assertThat(result.isRight()).isTrue();
  }

  @Test
  void the_canonical_uri_is_the_path_as_received_still_encoded() {
    var path = "/api/v1/mms/datasources/a%2Fb%20c~d";
    var signed = request("GET", path, Map.of(), "");

    var asReceived = authenticator.authenticate(signed);
    var decoded =
        authenticator.authenticate(
            new SignedRequest(
                "GET",
                "/api/v1/mms/datasources/a/b c~d",
                signed.query(),
                signed.headers(),
                signed.body()));

    assertThat(asReceived.isRight()).isTrue();
    assertThat(code(decoded)).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void the_canonical_query_re_encodes_decoded_pairs_sorted_by_raw_key() {
    var canonical =
        Acs3.canonicalQuery(
            List.of(
                Map.entry("name", "migrate db*~1"),
                Map.entry("Zeta", ""),
                Map.entry("a", "[\"DONE\"]")));

    assertThat(canonical).isEqualTo("Zeta=&a=%5B%22DONE%22%5D&name=migrate%20db%2A~1");
  }

  @Test
  void the_canonical_request_has_a_blank_line_before_the_signed_headers() {
    var request =
        new SignedRequest(
            "GET", "", List.of(), Map.of("host", "h", "x-acs-date", " d "), new byte[0]);

    var canonical = Acs3.canonicalRequest(request, List.of("host", "x-acs-date"), "e3b0");

    assertThat(canonical).isEqualTo("GET\n/\n\nhost:h\nx-acs-date:d\n\nhost;x-acs-date\ne3b0");
  }

  @Test
  void an_upper_case_signature_is_accepted() {
    var result =
        authenticator.authenticate(
            request(
                "GET",
                "/api/v1/mms/datasources",
                Map.of(),
                "",
                headers ->
                    headers.put(
                        "authorization", upperCaseSignature(headers.get("authorization")))));

    assertThat(result.isRight()).isTrue();
  }

  @Test
  void another_algorithm_is_refused_as_incomplete() {
    var result =
        authenticator.authenticate(
            request(
                "GET",
                "/",
                Map.of(),
                "",
                headers ->
                    headers.put(
                        "authorization",
                        headers
                            .get("authorization")
                            .replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3"))));

    assertThat(code(result)).isEqualTo("IncompleteSignature");
  }

  @Test
  void an_authorization_without_signature_is_refused_as_incomplete() {
    var result =
        authenticator.authenticate(
            request(
                "GET",
                "/",
                Map.of(),
                "",
                headers ->
                    headers.put(
                        "authorization",
                        headers.get("authorization").replaceAll(",Signature=.*", ""))));

    assertThat(code(result)).isEqualTo("IncompleteSignature");
  }

  @Test
  void the_host_must_be_signed() {
    var result =
        authenticator.authenticate(
            request(
                "GET",
                "/",
                Map.of(),
                "",
                headers ->
                    headers.put(
                        "authorization",
                        headers
                            .get("authorization")
                            .replace("SignedHeaders=host;", "SignedHeaders="))));

    assertThat(code(result)).isEqualTo("IncompleteSignature");
  }

  @Test
  void a_signed_header_that_was_not_sent_is_refused() {
    var result =
        authenticator.authenticate(
            request("GET", "/", Map.of(), "", headers -> headers.remove("x-acs-version")));

    assertThat(code(result)).isEqualTo("IncompleteSignature");
  }

  @Test
  void a_date_in_another_format_is_refused() {
    var result =
        authenticator.authenticate(
            request(
                "GET",
                "/",
                Map.of(),
                "",
                headers -> headers.put("x-acs-date", "Sat, 01 Mar 2025 08:00:00 GMT")));

    assertThat(code(result)).isEqualTo("InvalidTimeStamp.Format");
  }

  @Test
  void a_content_hash_that_is_not_the_body_hash_is_refused() {
    var signed = request("POST", "/api/v1/mms/datasources/7/scans", Map.of(), "{}");

    var result =
        authenticator.authenticate(
            new SignedRequest(
                signed.method(),
                signed.rawPath(),
                signed.query(),
                signed.headers(),
                "{ }".getBytes(StandardCharsets.UTF_8)));

    assertThat(code(result)).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void when_the_nonce_store_is_full_requests_are_throttled() {
    var tiny = new Authenticator(List.of(KEY), Clock.fixed(NOW, ZoneOffset.UTC), new NonceStore(1));
    tiny.authenticate(request("GET", "/", Map.of(), ""));

    var result = tiny.authenticate(request("GET", "/", Map.of(), ""));

    assertThat(result.getLeft().status()).isEqualTo(429);
    assertThat(result.getLeft().code()).isEqualTo("Throttling.User");
  }

  @Test
  void an_access_key_configured_twice_is_refused() {
    assertThatThrownBy(() -> new Authenticator(List.of(KEY, KEY), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LTAI-unit");
  }

  private static String upperCaseSignature(String authorization) {
    int at = authorization.indexOf("Signature=") + "Signature=".length();
    return authorization.substring(0, at) + authorization.substring(at).toUpperCase(Locale.ROOT);
  }
}
