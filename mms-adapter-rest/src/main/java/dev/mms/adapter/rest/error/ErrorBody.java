package dev.mms.adapter.rest.error;

import java.util.Map;
import java.util.Objects;

/**
 * The JSON body of every error: {@code requestId}, {@code code}, {@code message}, and {@code
 * details} when useful.
 */
public record ErrorBody(
    String requestId, String code, String message, Map<String, Object> details) {
  public ErrorBody {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
