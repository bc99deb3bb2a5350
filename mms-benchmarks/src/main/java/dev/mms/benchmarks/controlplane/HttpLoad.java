package dev.mms.benchmarks.controlplane;

import dev.mms.adapter.rest.RestServer;
import dev.mms.adapter.rest.RestSettings;
import dev.mms.adapter.rest.UseCases;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase.GetDataSourceQuery;
import dev.mms.application.service.MigrationControlPlane;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API of a control plane, served on a loopback port of this process, under load from
 * {@code wrk}. Its GetMmsDataSource answers one view captured at start without reading the
 * store: the trivial endpoint that shows what routing, JSON and the HTTP server cost alone.
 */
final class HttpLoad implements AutoCloseable {
  private final RestServer server;
  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  HttpLoad(MigrationControlPlane mms, long trivialSourceId) {
    var view = Mms.ok(mms.dataSources().getDataSource(
        new GetDataSourceQuery(trivialSourceId, false, Optional.empty())), "get source");
    GetDataSourceUseCase trivial = query -> Either.right(view);
    var sources = mms.dataSources();
    var metadata = mms.metadata();
    var catalog = mms.catalog();
    var jobs = mms.jobs();
    var tasks = mms.tasks();
    var timers = mms.timers();
    var useCases = new UseCases(sources, sources, trivial, sources, sources, sources,
        metadata, metadata, metadata,
        catalog, catalog, catalog, catalog, catalog, catalog, catalog, catalog, catalog,
        jobs, jobs, jobs, jobs, jobs, jobs, jobs, jobs,
        tasks, tasks, tasks, tasks,
        timers, timers, timers, timers, timers, timers, timers);
    this.server = RestServer.start(RestSettings.loopback(0), Clock.systemUTC(), useCases);
    this.base = "http://127.0.0.1:" + server.port() + "/api/v1/mms/datasources/";
  }

  /** The URL of {@code path} under source {@code sourceId}, with encoded query parameters. */
  String url(long sourceId, String path, Map<String, String> query) {
    var q = new StringBuilder();
    query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return base + sourceId + path + q;
  }

  static Map<String, String> query(String... keyValues) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** One GET that must answer 200; returns the body, to check what a load test will repeat. */
  String get(String url) throws IOException, InterruptedException {
    var response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body();
  }

  @Override
  public void close() {
    server.close();
  }
}
