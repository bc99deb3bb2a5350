package dev.mms.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Resolves each setting from, in order: the command line, the environment ({@code MMS_PORT} for
 * {@code port}, {@code MMS_STORE_USER} for {@code store.user}), the optional properties file,
 * and the default. Every bad value is reported at once, naming where it came from.
 */
final class ConfigSource {
  static final String DEFAULT_STORE = "jdbc:h2:file:./mms-data/mms;AUTO_SERVER=TRUE";

  private final Map<String, String> commandLine;
  private final Map<String, String> environment;
  private final Properties file;
  private final String fileName;
  private final List<String> problems = new ArrayList<>();

  private ConfigSource(Map<String, String> commandLine, Map<String, String> environment,
      Properties file, String fileName) {
    this.commandLine = commandLine;
    this.environment = environment;
    this.file = file;
    this.fileName = fileName;
  }

  /** Reads {@code configFile} when given; a missing or unreadable file is an error. */
  static ConfigSource of(Map<String, String> commandLine, Map<String, String> environment,
      Optional<Path> configFile) {
    var props = new Properties();
    if (configFile.isPresent()) {
      try (Reader r = Files.newBufferedReader(configFile.get(), StandardCharsets.UTF_8)) {
        props.load(r);
      } catch (IOException e) {
        throw new ConfigException(List.of("cannot read config file " + configFile.get() + ": " + e.getMessage()));
      }
    }
    return new ConfigSource(commandLine, environment, props,
        configFile.map(Path::toString).orElse("config file"));
  }

  ServerConfig serverConfig() {
    var config = new ServerConfig(
        text("host", "127.0.0.1"),
        number("port", 8080, 0, 65535),
        text("store", DEFAULT_STORE),
        optional("store.user"),
        optional("store.password"),
        number("workers", 4, 1, 256),
        number("per-source-limit", 16, 1, 10_000),
        optional("access-keys").map(Path::of),
        text("region", "cn-hangzhou"),
        text("account", "0"),
        zone());
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return config;
  }

  private String text(String key, String fallback) {
    return optional(key).orElse(fallback);
  }

  private Optional<String> optional(String key) {
    return lookup(key).map(Map.Entry::getValue);
  }

  private int number(String key, int fallback, int min, int max) {
    return lookup(key).map(entry -> parse(key, entry, Integer::parseInt, min, max, fallback))
        .orElse(fallback);
  }

  private int parse(String key, Map.Entry<String, String> entry, Function<String, Integer> parser,
      int min, int max, int fallback) {
    try {
      int value = parser.apply(entry.getValue().trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    problems.add(key + " from " + entry.getKey() + " must be a whole number in " + min + ".." + max
        + ", got '" + entry.getValue() + "'");
    return fallback;
  }

  private ZoneId zone() {
    return lookup("zone").map(entry -> {
      try {
        return ZoneId.of(entry.getValue().trim());
      } catch (DateTimeException e) {
        problems.add("zone from " + entry.getKey() + " is not a time zone: '" + entry.getValue() + "'");
        return ZoneId.of("UTC");
      }
    }).orElse(ZoneId.of("UTC"));
  }

  /** The value of {@code key} and a description of where it came from. */
  private Optional<Map.Entry<String, String>> lookup(String key) {
    if (commandLine.containsKey(key)) {
      return Optional.of(Map.entry("--" + key, commandLine.get(key)));
    }
    var envName = "MMS_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    if (environment.containsKey(envName)) {
      return Optional.of(Map.entry(envName, environment.get(envName)));
    }
    if (file.containsKey(key)) {
      return Optional.of(Map.entry(fileName, file.getProperty(key)));
    }
    return Optional.empty();
  }
}
