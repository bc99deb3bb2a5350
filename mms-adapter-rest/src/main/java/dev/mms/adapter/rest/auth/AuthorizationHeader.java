package dev.mms.adapter.rest.auth;

import io.vavr.control.Either;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * {@code Authorization: ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>}.
 * Blanks around the commas are tolerated; header names are lower-cased.
 */
record AuthorizationHeader(String accessKeyId, List<String> signedHeaders, String signature) {
  AuthorizationHeader {
    signedHeaders = List.copyOf(signedHeaders);
  }

  static Either<AuthFailure, AuthorizationHeader> parse(String value) {
    var prefix = Acs3.ALGORITHM + " ";
    if (!value.startsWith(prefix)) {
      return incomplete("the Authorization header must use " + Acs3.ALGORITHM);
    }
    var fields = new HashMap<String, String>();
    for (var part : value.substring(prefix.length()).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    var credential = fields.getOrDefault("Credential", "");
    var signedHeaders = fields.getOrDefault("SignedHeaders", "");
    var signature = fields.getOrDefault("Signature", "");
    if (credential.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty()) {
      return incomplete("the Authorization header needs Credential, SignedHeaders and Signature");
    }
    var names =
        Arrays.stream(signedHeaders.split(";"))
            .map(name -> name.trim().toLowerCase(Locale.ROOT))
            .toList();
    return Either.right(
        new AuthorizationHeader(credential, names, signature.toLowerCase(Locale.ROOT)));
  }

  private static Either<AuthFailure, AuthorizationHeader> incomplete(String message) {
    return Either.left(AuthFailure.unauthorized("IncompleteSignature", message));
  }
}
