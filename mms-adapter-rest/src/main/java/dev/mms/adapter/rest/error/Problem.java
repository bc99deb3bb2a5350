package dev.mms.adapter.rest.error;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP refusal: the status, the MMS-style {@code code} and {@code message} of the JSON error
 * body, optional {@code details} (e.g. the position of a partition-filter error) and any headers
 * the status requires.
 */
public record Problem(
    int status,
    String code,
    String message,
    Map<String, Object> details,
    Map<String, String> headers) {
  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    headers = Map.copyOf(headers);
  }

  public static Problem of(int status, String code, String message) {
    return new Problem(status, code, message, Map.of(), Map.of());
  }

  public static Problem noSuchOperation(String method, String path) {
    return of(404, "InvalidAction.NotFound", "no MMS operation answers " + method + " " + path);
  }

  public static Problem methodNotAllowed(String method, String path, Collection<String> allowed) {
    return new Problem(
        405,
        "MethodNotAllowed",
        method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed),
        Map.of(),
        Map.of("Allow", String.join(", ", allowed)));
  }

  public static Problem bodyTooLarge(long limitBytes) {
    return of(
        413, "RequestBodyTooLarge", "the request body is larger than " + limitBytes + " bytes");
  }

  public static Problem forbidden(String action, String resource, String reason) {
    return of(
        403,
        "Forbidden.RAM",
        "you are not authorized to do action "
            + action
            + " on resource "
            + resource
            + ": "
            + reason);
  }

  public static Problem internalError() {
    return of(
        500,
        "InternalError",
        "the request failed because of an internal error; quote the requestId");
  }

  public ErrorBody body(String requestId) {
    return new ErrorBody(requestId, code, message, details.isEmpty() ? null : details);
  }
}
