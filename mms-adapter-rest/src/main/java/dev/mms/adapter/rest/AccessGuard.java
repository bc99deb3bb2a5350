package dev.mms.adapter.rest;

import dev.mms.adapter.rest.auth.AuthFailure;
import dev.mms.adapter.rest.auth.Authenticator;
import dev.mms.adapter.rest.auth.SignedRequest;
import dev.mms.adapter.rest.error.Problem;
import dev.mms.adapter.rest.ram.Authorizer;
import dev.mms.adapter.rest.route.RouteMatch;
import io.vavr.control.Either;

/**
 * Who may run a routed request: everyone on a loopback-only server, else signed and allowed keys.
 */
interface AccessGuard {
  Either<Problem, RouteMatch> admit(SignedRequest request, RouteMatch route);

  static AccessGuard open() {
    return (request, route) -> Either.right(route);
  }

  static AccessGuard signed(Authenticator authenticator, Authorizer authorizer) {
    return (request, route) ->
        authenticator
            .authenticate(request)
            .mapLeft(AccessGuard::problem)
            .flatMap(accessKeyId -> authorizer.authorize(accessKeyId, route));
  }

  private static Problem problem(AuthFailure failure) {
    return Problem.of(failure.status(), failure.code(), failure.message());
  }
}
