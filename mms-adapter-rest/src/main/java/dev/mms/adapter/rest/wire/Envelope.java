package dev.mms.adapter.rest.wire;

import java.util.Objects;

/**
 * The body of every successful MMS response: exactly {@code requestId} and {@code data}, where
 * {@code data} is an object, an array or a bare number depending on the operation.
 */
public record Envelope(String requestId, Object data) {
  public Envelope {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(data, "data");
  }
}
