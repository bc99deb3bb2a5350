package dev.mms.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.adapter.rest.error.Problem;
import dev.mms.adapter.rest.wire.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a request line or headers Jetty cannot parse, an error outside the
 * API) as MMS-style JSON instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final String JSON = "application/json;charset=utf-8";

  private final ObjectMapper mapper;

  JsonErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var requestId = RequestIds.next();
    var body = json(problem(response.getStatus(), null), requestId);
    response.setHeader(RequestIds.HEADER, requestId);
    response.setContentType(JSON);
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IllegalStateException writerInUse) {
      response.getWriter().write(new String(body, StandardCharsets.UTF_8));
    }
    baseRequest.setHandled(true);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    var requestId = RequestIds.next();
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    fields.put(RequestIds.HEADER, requestId);
    return ByteBuffer.wrap(json(problem(status, reason), requestId));
  }

  private static Problem problem(int status, String reason) {
    if (status < 400 || status >= 500) {
      return Problem.internalError();
    }
    var message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return Problem.of(status, "InvalidRequest", "the request cannot be read: " + message);
  }

  private byte[] json(Problem problem, String requestId) {
    try {
      return mapper.writeValueAsBytes(problem.body(requestId));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body could not be written as JSON", e);
    }
  }
}
