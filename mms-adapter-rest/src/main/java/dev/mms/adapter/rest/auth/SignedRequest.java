package dev.mms.adapter.rest.auth;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a request the signature covers, as received: the method, the still-encoded path, the
 * form-decoded query pairs in wire order, the headers by lower-case name (repeated headers joined
 * with commas) and the de-chunked body.
 */
public record SignedRequest(
    String method,
    String rawPath,
    List<Map.Entry<String, String>> query,
    Map<String, String> headers,
    byte[] body) {
  public SignedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    query = List.copyOf(query);
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }
}
