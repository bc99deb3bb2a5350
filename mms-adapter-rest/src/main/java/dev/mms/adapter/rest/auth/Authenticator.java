package dev.mms.adapter.rest.auth;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an ACS3-HMAC-SHA256 signed request against the configured AccessKeys and answers the
 * AccessKey id that signed it. The checks run from the cheapest to the one with a side effect:
 * header syntax, key, required signed headers, date window, body hash, signature, and last the
 * nonce, so that a refused request never uses up its nonce.
 */
public final class Authenticator {
  /** How far {@code x-acs-date} may be from the server clock, either way. */
  private static final Duration DATE_WINDOW = Duration.ofMinutes(15);

  /**
   * Live nonces kept at most: about 220 signed requests a second sustained over the window, far
   * beyond a migration control plane's load, for a few tens of MiB at worst.
   */
  static final int NONCE_CAPACITY = 200_000;

  private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
  private static final String DATE = "x-acs-date";
  private static final String NONCE = "x-acs-signature-nonce";
  private static final String CONTENT_SHA256 = "x-acs-content-sha256";
  private static final List<String> MUST_BE_SIGNED = List.of("host", DATE, NONCE, CONTENT_SHA256);

  private final Map<String, String> secrets = new HashMap<>();
  private final Clock clock;
  private final NonceStore nonces;

  public Authenticator(Collection<AccessKey> keys, Clock clock) {
    this(keys, clock, new NonceStore(NONCE_CAPACITY));
  }

  Authenticator(Collection<AccessKey> keys, Clock clock, NonceStore nonces) {
    keys.forEach(
        key -> {
          if (secrets.put(key.id(), key.secret()) != null) {
            throw new IllegalArgumentException("AccessKey " + key.id() + " is configured twice");
          }
        });
    this.clock = clock;
    this.nonces = nonces;
  }

  /** The AccessKey id that signed {@code request}, or why the request is refused. */
  public Either<AuthFailure, String> authenticate(SignedRequest request) {
    var authorization = request.header("authorization");
    if (authorization == null) {
      return fail(
          "MissingAuthorization", "the request is not signed: the Authorization header is missing");
    }
    return AuthorizationHeader.parse(authorization).flatMap(header -> verify(request, header));
  }

  private Either<AuthFailure, String> verify(SignedRequest request, AuthorizationHeader header) {
    var secret = secrets.get(header.accessKeyId());
    if (secret == null) {
      return fail(
          "InvalidAccessKeyId", "the AccessKey id " + header.accessKeyId() + " does not exist");
    }
    for (var name : MUST_BE_SIGNED) {
      if (!header.signedHeaders().contains(name)) {
        return fail("IncompleteSignature", "the header " + name + " must be signed");
      }
    }
    for (var name : header.signedHeaders()) {
      if (request.header(name) == null) {
        return fail("IncompleteSignature", "the signed header " + name + " is missing");
      }
    }
    Instant now = clock.instant();
    Instant date;
    try {
      date = Instant.parse(request.header(DATE));
    } catch (DateTimeParseException e) {
      return fail("InvalidTimeStamp.Format", DATE + " must be like 2024-01-31T08:00:00Z");
    }
    if (Duration.between(date, now).abs().compareTo(DATE_WINDOW) > 0) {
      return fail(
          "InvalidTimeStamp.Expired",
          DATE
              + " "
              + request.header(DATE)
              + " is more than "
              + DATE_WINDOW.toMinutes()
              + " minutes away from the server time "
              + now);
    }
    var payloadHash = Acs3.sha256Hex(request.body());
    if (!payloadHash.equals(request.header(CONTENT_SHA256))) {
      return fail("SignatureDoesNotMatch", CONTENT_SHA256 + " is not the SHA-256 of the body");
    }
    var canonical = Acs3.canonicalRequest(request, header.signedHeaders(), payloadHash);
    var stringToSign = Acs3.stringToSign(canonical);
    if (!Acs3.sameHex(Acs3.hmacSha256Hex(secret, stringToSign), header.signature())) {
      LOG.debug(
          "signature mismatch for {}; canonical request:\n{}", header.accessKeyId(), canonical);
      return fail(
          "SignatureDoesNotMatch",
          "the signature does not match; the server's string to sign is: " + stringToSign);
    }
    return switch (nonces.use(
        header.accessKeyId(), request.header(NONCE), date.plus(DATE_WINDOW), now)) {
      case ACCEPTED -> Either.right(header.accessKeyId());
      case REPLAYED -> fail("SignatureNonceUsed", "the signature nonce has been used already");
      case FULL ->
          Either.left(
              new AuthFailure(
                  429,
                  "Throttling.User",
                  "too many signed requests within the date window; retry later"));
    };
  }

  private static Either<AuthFailure, String> fail(String code, String message) {
    return Either.left(AuthFailure.unauthorized(code, message));
  }
}
