package dev.mms.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.adapter.rest.auth.SignedRequest;
import dev.mms.adapter.rest.error.ErrorMapper;
import dev.mms.adapter.rest.error.Problem;
import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.route.RouteMatch;
import dev.mms.adapter.rest.route.RouteTable;
import dev.mms.adapter.rest.wire.Envelope;
import dev.mms.adapter.rest.wire.QueryParams;
import dev.mms.adapter.rest.wire.RequestIds;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of every request: a request id (body and {@code x-acs-request-id}), the query, the
 * route, the body within its limit, the access guard, the endpoint, and one JSON answer, either the
 * envelope or an error body. Anything unexpected becomes a 500 without internals, logged here with
 * its request id.
 */
final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final String REQUEST_ID = "mms.requestId";
  private static final String JSON = "application/json;charset=utf-8";

  private final ObjectMapper mapper;
  private final long maxBodyBytes;
  private final AccessGuard guard;
  private final Map<Operation, Endpoint> endpoints;

  Dispatcher(
      ObjectMapper mapper,
      long maxBodyBytes,
      AccessGuard guard,
      Map<Operation, Endpoint> endpoints) {
    this.mapper = mapper;
    this.maxBodyBytes = maxBodyBytes;
    this.guard = guard;
    this.endpoints = Map.copyOf(endpoints);
  }

  void handle(Context ctx) {
    var requestId = requestId(ctx);
    var outcome = respond(ctx);
    if (outcome.isLeft()) {
      writeProblem(ctx, requestId, outcome.getLeft());
    } else {
      write(ctx, 200, new Envelope(requestId, outcome.get()));
    }
  }

  /** The answer to an exception that escaped {@link #handle}. */
  void fail(Context ctx, Exception e) {
    var requestId = requestId(ctx);
    if (e instanceof HttpResponseException http && http.getStatus() == 404) {
      writeProblem(
          ctx,
          requestId,
          Problem.noSuchOperation(ctx.req().getMethod(), ctx.req().getRequestURI()));
      return;
    }
    LOG.error(
        "request {} {} {} failed", requestId, ctx.req().getMethod(), ctx.req().getRequestURI(), e);
    writeProblem(ctx, requestId, Problem.internalError());
  }

  private Either<Problem, Object> respond(Context ctx) {
    var method = ctx.req().getMethod();
    var path = ctx.req().getRequestURI();
    return QueryParams.parse(ctx.queryString())
        .mapLeft(ErrorMapper::toProblem)
        .flatMap(
            query ->
                RouteTable.match(method, path, query).flatMap(route -> admit(ctx, route, query)))
        .flatMap(this::invoke);
  }

  private Either<Problem, ApiRequest> admit(Context ctx, RouteMatch route, QueryParams query) {
    return BodyReader.read(ctx.req(), maxBodyBytes)
        .flatMap(
            body ->
                guard
                    .admit(signed(ctx, query, body), route)
                    .map(admitted -> new ApiRequest(admitted, query, body)));
  }

  private Either<Problem, Object> invoke(ApiRequest request) {
    var endpoint = endpoints.get(request.route().operation());
    if (endpoint == null) {
      return Either.left(
          Problem.of(
              501,
              "NotImplemented",
              request.route().operation().operationName() + " is not served by this server"));
    }
    return endpoint.handle(request).<Object>map(data -> data).mapLeft(ErrorMapper::toProblem);
  }

  private static SignedRequest signed(Context ctx, QueryParams query, byte[] body) {
    var headers = new HashMap<String, String>();
    for (var name : Collections.list(ctx.req().getHeaderNames())) {
      headers.put(
          name.toLowerCase(Locale.ROOT),
          String.join(",", Collections.list(ctx.req().getHeaders(name))));
    }
    return new SignedRequest(
        ctx.req().getMethod(), ctx.req().getRequestURI(), query.pairs(), headers, body);
  }

  private static String requestId(Context ctx) {
    String existing = ctx.attribute(REQUEST_ID);
    if (existing != null) {
      return existing;
    }
    var requestId = RequestIds.next();
    ctx.attribute(REQUEST_ID, requestId);
    ctx.header(RequestIds.HEADER, requestId);
    return requestId;
  }

  private void writeProblem(Context ctx, String requestId, Problem problem) {
    problem.headers().forEach(ctx::header);
    write(ctx, problem.status(), problem.body(requestId));
  }

  private void write(Context ctx, int status, Object body) {
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response body could not be written as JSON", e);
    }
    ctx.status(status).contentType(JSON).result(json);
  }
}
