package dev.mms.adapter.rest.route;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;

/**
 * The handler of one operation. It answers the {@code data} of the envelope (an object, a list or a
 * number) or the domain error that refused the request; the server writes either as JSON.
 */
@FunctionalInterface
public interface Endpoint {
  Either<DomainError, ?> handle(ApiRequest request);
}
