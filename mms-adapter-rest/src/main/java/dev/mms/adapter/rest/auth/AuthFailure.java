package dev.mms.adapter.rest.auth;

import java.util.Objects;

/** Why a request was not authenticated: the HTTP status, the MMS-style code and a message. */
public record AuthFailure(int status, String code, String message) {
  public AuthFailure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  static AuthFailure unauthorized(String code, String message) {
    return new AuthFailure(401, code, message);
  }
}
