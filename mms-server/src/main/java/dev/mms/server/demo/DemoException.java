package dev.mms.server.demo;

/** The demo cannot go on; the message says what failed. */
final class DemoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DemoException(String message) {
    super(message);
  }
}
