package dev.mms.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A small MMS client over plain HTTP, as any tool would call the API; returns {@code data}. */
final class ApiClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String base;

  ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port + "/api/v1/mms";
  }

  JsonNode get(String path, Map<String, String> query) {
    var q = query.isEmpty() ? "" : "?" + query.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path + q)).GET());
  }

  JsonNode get(String path) {
    return get(path, Map.of());
  }

  /** The whole response, envelope included: what a client sees. */
  String raw(String path, Map<String, String> query) {
    var q = query.isEmpty() ? "" : "?" + query.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    try {
      var response = http.send(HttpRequest.newBuilder(URI.create(base + path + q)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(response.body()));
    } catch (IOException e) {
      throw new DemoException("GET " + path + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted");
    }
  }

  JsonNode post(String path, Object body) {
    try {
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    } catch (IOException e) {
      throw new DemoException("cannot encode the request to " + path + ": " + e.getMessage());
    }
  }

  static Map<String, Object> body(Object... keyValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      var response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      var tree = json.readTree(response.body());
      if (response.statusCode() / 100 != 2) {
        throw new DemoException("the API answered " + response.statusCode() + " "
            + tree.path("code").asText() + ": " + tree.path("message").asText());
      }
      return tree.path("data");
    } catch (IOException e) {
      throw new DemoException("cannot reach the API at " + base + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted");
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
