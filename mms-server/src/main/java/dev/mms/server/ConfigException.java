package dev.mms.server;

import java.util.List;

/** Configuration that cannot be used; the message lists every problem found. */
final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(List<String> problems) {
    super("bad configuration:\n  - " + String.join("\n  - ", problems));
  }
}
