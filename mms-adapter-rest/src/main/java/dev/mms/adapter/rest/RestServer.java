package dev.mms.adapter.rest;

import dev.mms.adapter.rest.auth.AccessKey;
import dev.mms.adapter.rest.auth.Authenticator;
import dev.mms.adapter.rest.ram.Authorizer;
import dev.mms.adapter.rest.ram.Policy;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.JsonMapperFactory;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running HTTP API. Every method and path goes through one dispatcher, which routes by the MMS
 * route table, so that unknown routes, wrong methods and every error come back as MMS-style JSON.
 * Without AccessKeys the server authenticates nobody and therefore binds loopback only.
 */
public final class RestServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
  private static final long STOP_TIMEOUT_MILLIS = 5_000;

  private final Javalin app;

  private RestServer(Javalin app) {
    this.app = app;
  }

  /**
   * Binds and starts the MMS API over {@code useCases}.
   *
   * @throws IllegalStateException if no AccessKey is configured and the host is not loopback
   * @throws IllegalArgumentException if the host does not resolve or a policy document is invalid
   */
  public static RestServer start(RestSettings settings, Clock clock, UseCases useCases) {
    return start(settings, clock, RestApi.endpoints(useCases, settings));
  }

  /** Binds and starts the API over {@code endpoints}; an operation without one answers 501. */
  static RestServer start(RestSettings settings, Clock clock, Map<Operation, Endpoint> endpoints) {
    var guard = guard(settings, clock);
    var mapper = JsonMapperFactory.create(settings.zone());
    var dispatcher = new Dispatcher(mapper, settings.maxBodyBytes(), guard, endpoints);
    var errors = new JsonErrorHandler(mapper);
    var app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(errors);
                    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                  });
              config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
              // The signature covers header values byte for byte; Jetty's header cache would
              // otherwise
              // hand back its own spelling (charset=UTF-8 for the SDK's charset=utf-8).
              config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
              config.requestLogger.http(
                  (ctx, millis) ->
                      LOG.debug(
                          "{} {} -> {} in {} ms",
                          ctx.req().getMethod(),
                          ctx.req().getRequestURI(),
                          ctx.statusCode(),
                          millis));
            });
    Arrays.stream(HandlerType.values())
        .filter(HandlerType::isHttpMethod)
        .forEach(method -> app.addHttpHandler(method, "*", dispatcher::handle));
    // Javalin answers its own HttpResponseExceptions in plain text unless they have a handler.
    app.exception(HttpResponseException.class, (e, ctx) -> dispatcher.fail(ctx, e));
    app.exception(Exception.class, (e, ctx) -> dispatcher.fail(ctx, e));
    app.start(settings.host(), settings.port());
    LOG.info(
        "MMS API listening on {}:{}{}",
        settings.host(),
        app.port(),
        settings.authenticated()
            ? ""
            : " without authentication (loopback only: no AccessKey is configured)");
    return new RestServer(app);
  }

  private static AccessGuard guard(RestSettings settings, Clock clock) {
    if (!settings.authenticated()) {
      requireLoopback(settings.host());
      return AccessGuard.open();
    }
    var policies = new LinkedHashMap<String, Policy>();
    for (AccessKey key : settings.accessKeys()) {
      try {
        policies.put(key.id(), Policy.parse(key.policy()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("AccessKey " + key.id() + ": " + e.getMessage(), e);
      }
    }
    return AccessGuard.signed(
        new Authenticator(settings.accessKeys(), clock),
        new Authorizer(policies, settings.region(), settings.accountId()));
  }

  private static void requireLoopback(String host) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("the host " + host + " does not resolve", e);
    }
    if (!Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
      throw new IllegalStateException(
          "refusing to listen on "
              + host
              + " without authentication: configure at least one AccessKey, or bind a loopback"
              + " address such as 127.0.0.1");
    }
  }

  /** The port actually bound, also when 0 was asked for. */
  public int port() {
    return app.port();
  }

  /** Stops accepting requests and lets those in flight finish, for at most a few seconds. */
  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
