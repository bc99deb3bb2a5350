package dev.mms.adapter.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sends {@link TestRequest}s to a running server as the SDKs do: the query form-encoded ({@code +}
 * for space, {@code *} literal, {@code ~} as {@code %7E}), JSON bodies with their content type,
 * bodiless requests chunked with a zero-length chunk when asked. Plain requests go through {@link
 * HttpClient}; chunked ones and raw bytes through a socket, to control the framing.
 */
final class TestClient {
  private static final DateTimeFormatter ACS_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  TestClient(int port) {
    this.port = port;
  }

  String host() {
    return "127.0.0.1:" + port;
  }

  TestResponse send(TestRequest request) {
    var headers = new LinkedHashMap<>(request.headers);
    if (request.signer != null) {
      var base =
          SdkSigner.baseHeaders(
              host(),
              "Test",
              ACS_DATE.format(
                  request.date.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)),
              request.nonce);
      base.putAll(headers);
      headers =
          new LinkedHashMap<>(
              request.signer.sign(request.method, request.path, request.query, base, request.body));
    }
    var wire = new TestRequest.Wire(request.path, formEncode(request.query), request.body, headers);
    request.tamper.accept(wire);
    return request.chunked ? sendChunked(request, wire) : sendPlain(request, wire);
  }

  static String formEncode(Map<String, String> query) {
    var joiner = new StringJoiner("&");
    query.forEach(
        (k, v) ->
            joiner.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return joiner.toString();
  }

  private static String target(TestRequest.Wire wire) {
    return wire.path + (wire.rawQuery.isEmpty() ? "" : "?" + wire.rawQuery);
  }

  private TestResponse sendPlain(TestRequest request, TestRequest.Wire wire) {
    var builder =
        HttpRequest.newBuilder(URI.create("http://" + host() + target(wire)))
            .method(
                request.method,
                wire.body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(wire.body));
    wire.headers.forEach(
        (name, value) -> {
          if (!name.equalsIgnoreCase("host")) {
            builder.header(name, value);
          }
        });
    try {
      var response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      var headers = new LinkedHashMap<String, List<String>>();
      response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
      return new TestResponse(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body in two chunks (or one zero-length chunk when empty), framed by hand. */
  private TestResponse sendChunked(TestRequest request, TestRequest.Wire wire) {
    var head = new StringBuilder();
    head.append(request.method).append(' ').append(target(wire)).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host()).append("\r\n");
    wire.headers.forEach(
        (name, value) -> {
          if (!name.equalsIgnoreCase("host")) {
            head.append(name).append(": ").append(value).append("\r\n");
          }
        });
    head.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    var out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    int half = wire.body.length / 2;
    for (var chunk : List.of(slice(wire.body, 0, half), slice(wire.body, half, wire.body.length))) {
      if (chunk.length > 0) {
        out.writeBytes(
            (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(chunk);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return raw(out.toByteArray());
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return Arrays.copyOfRange(bytes, from, to);
  }

  /** Writes {@code bytes} as they are and reads the answer until the server closes. */
  TestResponse raw(byte[] bytes) {
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestResponse parse(byte[] response) {
    var text = new String(response, StandardCharsets.ISO_8859_1);
    int split = text.indexOf("\r\n\r\n");
    var lines = text.substring(0, split).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    var headers = new LinkedHashMap<String, List<String>>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    var body = text.substring(split + 4);
    if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", List.of("")).get(0))) {
      body = dechunk(body);
    }
    return new TestResponse(
        status,
        headers,
        new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String dechunk(String body) {
    var result = new StringBuilder();
    int at = 0;
    while (true) {
      int eol = body.indexOf("\r\n", at);
      int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
      if (size == 0) {
        return result.toString();
      }
      result.append(body, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
  }
}
