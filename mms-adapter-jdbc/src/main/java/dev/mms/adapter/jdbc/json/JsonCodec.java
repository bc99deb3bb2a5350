package dev.mms.adapter.jdbc.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.name.ColumnName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.ConfigValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON text of the values the store keeps in one column: a job config, a table schema, a
 * data-source config. Written by hand over Jackson's tree so the domain carries no annotations;
 * config values are tagged ({@code {"number":"1.50"}}) so every one comes back exactly as it was.
 */
public final class JsonCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonCodec() {}

  public static String configValues(Map<String, ConfigValue> values) {
    return write(configMap(values));
  }

  public static Map<String, ConfigValue> configValues(String json) {
    return configMap(read(json));
  }

  public static String jobConfig(JobConfig c) {
    var node = MAPPER.createObjectNode();
    node.set("tables", texts(c.tables(), TableName::value));
    var partitions = node.putArray("partitions");
    c.partitions().forEach(p -> partitions.add(p.value()));
    node.set("tableWhiteList", texts(c.tableWhiteList(), TableName::value));
    node.set("tableBlackList", texts(c.tableBlackList(), TableName::value));
    var filters = node.putObject("partitionFilters");
    c.partitionFilters().forEach((t, f) -> filters.put(t.value(), f));
    var tableMapping = node.putObject("tableMapping");
    c.tableMapping().forEach((s, d) -> tableMapping.put(s.value(), d.value()));
    var columnMapping = node.putObject("columnMapping");
    c.columnMapping().forEach(columnMapping::put);
    node.put("increment", c.increment());
    node.put("enableVerification", c.enableVerification());
    node.put("enableSchemaMigration", c.enableSchemaMigration());
    node.put("enableDataMigration", c.enableDataMigration());
    node.put("schemaOnly", c.schemaOnly());
    c.taskType().ifPresent(t -> node.put("taskType", t));
    c.tunnelQuota().ifPresent(t -> node.put("tunnelQuota", t));
    node.set("others", configMap(c.others()));
    return write(node);
  }

  public static JobConfig jobConfig(String json) {
    var n = read(json);
    var partitions = new ArrayList<PartitionId>();
    n.path("partitions").forEach(p -> partitions.add(new PartitionId(p.asLong())));
    var filters = new LinkedHashMap<TableName, String>();
    n.path("partitionFilters").properties()
        .forEach(e -> filters.put(new TableName(e.getKey()), e.getValue().asText()));
    var tableMapping = new LinkedHashMap<TableName, TableName>();
    n.path("tableMapping").properties().forEach(
        e -> tableMapping.put(new TableName(e.getKey()), new TableName(e.getValue().asText())));
    var columnMapping = new LinkedHashMap<String, String>();
    n.path("columnMapping").properties()
        .forEach(e -> columnMapping.put(e.getKey(), e.getValue().asText()));
    return new JobConfig(
        names(n.path("tables")), partitions, names(n.path("tableWhiteList")),
        names(n.path("tableBlackList")), filters, tableMapping, columnMapping,
        n.path("increment").asBoolean(), n.path("enableVerification").asBoolean(),
        n.path("enableSchemaMigration").asBoolean(), n.path("enableDataMigration").asBoolean(),
        n.path("schemaOnly").asBoolean(), optionalText(n, "taskType"),
        optionalText(n, "tunnelQuota"), configMap(n.path("others")));
  }

  public static String tableSchema(TableSchema s) {
    var node = MAPPER.createObjectNode();
    node.set("columns", columns(s.columns()));
    node.set("partitionColumns", columns(s.partitionColumns()));
    s.comment().ifPresent(c -> node.put("comment", c));
    return write(node);
  }

  public static TableSchema tableSchema(String json) {
    var n = read(json);
    return new TableSchema(columns(n.path("columns")), columns(n.path("partitionColumns")),
        optionalText(n, "comment"));
  }

  private static ArrayNode columns(List<Column> columns) {
    var array = MAPPER.createArrayNode();
    for (var c : columns) {
      var node = array.addObject();
      node.put("name", c.name().value());
      node.put("type", c.type());
      c.comment().ifPresent(v -> node.put("comment", v));
      c.defaultValue().ifPresent(v -> node.put("default", v));
      node.put("nullable", c.nullable());
    }
    return array;
  }

  private static List<Column> columns(JsonNode array) {
    var out = new ArrayList<Column>();
    array.forEach(n -> out.add(new Column(new ColumnName(n.path("name").asText()),
        n.path("type").asText(), optionalText(n, "comment"), optionalText(n, "default"),
        n.path("nullable").asBoolean())));
    return out;
  }

  private static ObjectNode configMap(Map<String, ConfigValue> values) {
    var node = MAPPER.createObjectNode();
    values.forEach((k, v) -> node.set(k, configValue(v)));
    return node;
  }

  private static Map<String, ConfigValue> configMap(JsonNode node) {
    var out = new LinkedHashMap<String, ConfigValue>();
    node.properties().forEach(e -> out.put(e.getKey(), configValue(e.getValue())));
    return out;
  }

  private static JsonNode configValue(ConfigValue value) {
    var node = MAPPER.createObjectNode();
    if (value instanceof ConfigValue.Text t) {
      node.put("text", t.value());
    } else if (value instanceof ConfigValue.Flag f) {
      node.put("flag", f.value());
    } else if (value instanceof ConfigValue.Number n) {
      node.put("number", n.value().toString());
    } else if (value instanceof ConfigValue.Mapping m) {
      node.set("map", configMap(m.entries()));
    } else if (value instanceof ConfigValue.Items i) {
      var array = node.putArray("list");
      i.values().forEach(v -> array.add(configValue(v)));
    } else {
      throw new IllegalArgumentException("unknown config value " + value);
    }
    return node;
  }

  private static ConfigValue configValue(JsonNode node) {
    if (node.has("text")) {
      return new ConfigValue.Text(node.get("text").asText());
    }
    if (node.has("flag")) {
      return new ConfigValue.Flag(node.get("flag").asBoolean());
    }
    if (node.has("number")) {
      return new ConfigValue.Number(new BigDecimal(node.get("number").asText()));
    }
    if (node.has("map")) {
      return new ConfigValue.Mapping(configMap(node.get("map")));
    }
    if (node.has("list")) {
      var values = new ArrayList<ConfigValue>();
      node.get("list").forEach(v -> values.add(configValue(v)));
      return new ConfigValue.Items(values);
    }
    throw new IllegalStateException("stored config value is not readable: " + node);
  }

  private static <T> ArrayNode texts(List<T> values, Function<T, String> text) {
    var array = MAPPER.createArrayNode();
    values.forEach(v -> array.add(text.apply(v)));
    return array;
  }

  private static List<TableName> names(JsonNode array) {
    var out = new ArrayList<TableName>();
    array.forEach(n -> out.add(new TableName(n.asText())));
    return out;
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    var value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
