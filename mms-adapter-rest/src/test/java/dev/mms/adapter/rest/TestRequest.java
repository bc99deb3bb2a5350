package dev.mms.adapter.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A request as a test describes it: method, encoded path, decoded query in wire order, body, and
 * optionally an SDK-style signature, a transport (chunked or not) and tampering applied to the wire
 * form after signing.
 */
final class TestRequest {
  /** The wire form of a request after signing, open to tampering. */
  static final class Wire {
    String path;
    String rawQuery;
    byte[] body;
    final Map<String, String> headers;

    Wire(String path, String rawQuery, byte[] body, Map<String, String> headers) {
      this.path = path;
      this.rawQuery = rawQuery;
      this.body = body;
      this.headers = headers;
    }
  }

  final String method;
  final String path;
  final Map<String, String> query = new LinkedHashMap<>();
  final Map<String, String> headers = new LinkedHashMap<>();
  byte[] body = new byte[0];
  SdkSigner signer;
  Instant date;
  String nonce = UUID.randomUUID().toString().replace("-", "");
  boolean chunked;
  Consumer<Wire> tamper = wire -> {};

  private TestRequest(String method, String path) {
    this.method = method;
    this.path = path;
  }

  static TestRequest of(String method, String path) {
    return new TestRequest(method, path);
  }

  static TestRequest get(String path) {
    return of("GET", path);
  }

  static TestRequest post(String path) {
    return of("POST", path);
  }

  TestRequest query(String key, String value) {
    query.put(key, value);
    return this;
  }

  TestRequest header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  TestRequest json(String json) {
    body = json.getBytes(StandardCharsets.UTF_8);
    headers.put("content-type", "application/json; charset=utf-8");
    return this;
  }

  TestRequest body(byte[] bytes) {
    body = bytes;
    return this;
  }

  TestRequest signedBy(SdkSigner signer, Instant date) {
    this.signer = signer;
    this.date = date;
    return this;
  }

  TestRequest nonce(String nonce) {
    this.nonce = nonce;
    return this;
  }

  TestRequest chunked() {
    chunked = true;
    return this;
  }

  TestRequest tamper(Consumer<Wire> tamper) {
    this.tamper = tamper;
    return this;
  }
}
