package dev.mms.domain.source;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A configuration value as MMS accepts it: a JSON-like tree of text, booleans, numbers, maps and
 * lists ({@code mc.sql.hints} is a map, {@code jdbc.partition.columns} a map of text).
 */
public sealed interface ConfigValue {

  /** The value as plain text, for scalar use ({@code "3"}, {@code "true"}, {@code "jdbc:h2:…"}). */
  String asText();

  /** A text value. */
  record Text(String value) implements ConfigValue {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /** A boolean value. */
  record Flag(boolean value) implements ConfigValue {
    @Override
    public String asText() {
      return Boolean.toString(value);
    }
  }

  /** A number, kept exact. */
  record Number(BigDecimal value) implements ConfigValue {
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String asText() {
      return value.toPlainString();
    }
  }

  /** A map of named values, in the order given. */
  record Mapping(Map<String, ConfigValue> entries) implements ConfigValue {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      entries.forEach((k, v) -> {
        Objects.requireNonNull(k, "key");
        Objects.requireNonNull(v, "value of " + k);
      });
    }

    @Override
    public String asText() {
      var sb = new StringBuilder("{");
      entries.forEach((k, v) -> {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        sb.append(k).append('=').append(v.asText());
      });
      return sb.append('}').toString();
    }
  }

  /** A list of values. */
  record Items(List<ConfigValue> values) implements ConfigValue {
    public Items {
      values = List.copyOf(values);
    }

    @Override
    public String asText() {
      return String.join(",", values.stream().map(ConfigValue::asText).toList());
    }
  }

  static ConfigValue text(String value) {
    return new Text(value);
  }
}
