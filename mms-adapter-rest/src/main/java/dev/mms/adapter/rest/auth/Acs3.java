package dev.mms.adapter.rest.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The ACS3-HMAC-SHA256 computations (mms-openapi.md §3.3 and §16.2). */
final class Acs3 {
  static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private Acs3() {}

  /**
   * The canonical request: method, path as received ({@code /} if empty), canonical query,
   * canonical headers (each line ending in a newline, hence the blank line), signed header list,
   * payload hash.
   */
  static String canonicalRequest(
      SignedRequest request, List<String> signedHeaders, String payloadHash) {
    var headers = new StringBuilder();
    for (var name : signedHeaders) {
      headers.append(name).append(':').append(request.header(name).trim()).append('\n');
    }
    return request.method()
        + "\n"
        + (request.rawPath().isEmpty() ? "/" : request.rawPath())
        + "\n"
        + canonicalQuery(request.query())
        + "\n"
        + headers
        + "\n"
        + String.join(";", signedHeaders)
        + "\n"
        + payloadHash;
  }

  /** Pairs sorted by decoded key (stable for repeated keys), each side re-encoded. */
  static String canonicalQuery(List<Map.Entry<String, String>> pairs) {
    var sorted = new ArrayList<>(pairs);
    sorted.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
    return sorted.stream()
        .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  /**
   * URL-encoding as the SDKs do it for signing: {@code %20} for space, {@code %2A}, literal {@code
   * ~}.
   */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JRE has SHA-256", e);
    }
  }

  static String hmacSha256Hex(String secret, String data) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JRE has HmacSHA256", e);
    }
  }

  /** Equal-length hex strings compared in time independent of where they differ. */
  static boolean sameHex(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }
}
