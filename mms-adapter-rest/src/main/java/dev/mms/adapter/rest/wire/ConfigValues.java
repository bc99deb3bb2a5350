package dev.mms.adapter.rest.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.source.ConfigValue;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Config values (a data source's {@code config}, a job's {@code others}) between JSON and the
 * domain's {@link ConfigValue} tree: text, booleans, exact numbers, objects and arrays, in the
 * order given. JSON {@code null} has no config meaning and is refused.
 */
public final class ConfigValues {
  private ConfigValues() {}

  /** The values of a request's config object, {@code null} (not sent) being none. */
  public static Either<DomainError, Map<String, ConfigValue>> fromJson(
      String field, Map<String, JsonNode> json) {
    var result = new LinkedHashMap<String, ConfigValue>();
    if (json == null) {
      return Either.right(result);
    }
    for (var entry : json.entrySet()) {
      var value = fromJson(field + "." + entry.getKey(), entry.getValue());
      if (value.isLeft()) {
        return Either.left(value.getLeft());
      }
      result.put(entry.getKey(), value.get());
    }
    return Either.right(result);
  }

  private static Either<DomainError, ConfigValue> fromJson(String path, JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Either.left(new InvalidValue(path, "must not be null"));
    }
    if (node.isTextual()) {
      return Either.right(new ConfigValue.Text(node.asText()));
    }
    if (node.isBoolean()) {
      return Either.right(new ConfigValue.Flag(node.booleanValue()));
    }
    if (node.isNumber()) {
      return Either.right(new ConfigValue.Number(node.decimalValue()));
    }
    if (node.isObject()) {
      var entries = new LinkedHashMap<String, JsonNode>();
      node.properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
      return fromJson(path, entries).map(ConfigValue.Mapping::new);
    }
    if (node.isArray()) {
      var items = new ArrayList<ConfigValue>();
      for (int i = 0; i < node.size(); i++) {
        var item = fromJson(path + "[" + i + "]", node.get(i));
        if (item.isLeft()) {
          return Either.left(item.getLeft());
        }
        items.add(item.get());
      }
      return Either.right(new ConfigValue.Items(items));
    }
    return Either.left(
        new InvalidValue(path, "must be text, a boolean, a number, an object or an array"));
  }

  /**
   * The value as plain Java (String, Boolean, BigDecimal, Map, List), which the mapper writes as
   * the JSON it came from. The domain's sealed tree has no visitor, hence the type tests.
   */
  public static Object plain(ConfigValue value) {
    if (value instanceof ConfigValue.Text text) {
      return text.value();
    }
    if (value instanceof ConfigValue.Flag flag) {
      return flag.value();
    }
    if (value instanceof ConfigValue.Number number) {
      return number.value();
    }
    if (value instanceof ConfigValue.Mapping mapping) {
      return plain(mapping.entries());
    }
    return ((ConfigValue.Items) value).values().stream().map(ConfigValues::plain).toList();
  }

  public static Map<String, Object> plain(Map<String, ConfigValue> values) {
    var result = new LinkedHashMap<String, Object>();
    values.forEach((k, v) -> result.put(k, plain(v)));
    return result;
  }
}
