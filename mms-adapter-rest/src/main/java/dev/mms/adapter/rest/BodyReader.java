package dev.mms.adapter.rest;

import dev.mms.adapter.rest.error.Problem;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a request body into memory, refusing it with 413 as soon as it is known to exceed the
 * limit: from {@code Content-Length} before reading anything, or after one byte too many of a
 * chunked body (which the servlet container has already de-chunked).
 */
final class BodyReader {
  private BodyReader() {}

  static Either<Problem, byte[]> read(HttpServletRequest request, long limit) {
    if (request.getContentLengthLong() > limit) {
      return Either.left(Problem.bodyTooLarge(limit));
    }
    try {
      var bytes = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
      return bytes.length > limit ? Either.left(Problem.bodyTooLarge(limit)) : Either.right(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body failed", e);
    }
  }
}
