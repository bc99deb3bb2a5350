package dev.mms.adapter.rest.wire;

import java.util.Locale;
import java.util.UUID;

/** Request ids as MMS writes them: an upper-case UUID, e.g. {@code B42CA730-...}. */
public final class RequestIds {
  /** The response header that carries the request id beside the body's {@code requestId}. */
  public static final String HEADER = "x-acs-request-id";

  private RequestIds() {}

  public static String next() {
    return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
  }
}
