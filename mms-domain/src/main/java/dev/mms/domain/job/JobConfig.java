package dev.mms.domain.job;

import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.ConfigValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything of the MMS job config: scope lists, per-table partition filters (kept as the text
 * the user wrote; checked at creation), table and column mapping, and the switches. The
 * deprecated {@code schemaOnly}, {@code taskType} and {@code tunnelQuota} are kept and echoed.
 */
public record JobConfig(
    List<TableName> tables,
    List<PartitionId> partitions,
    List<TableName> tableWhiteList,
    List<TableName> tableBlackList,
    Map<TableName, String> partitionFilters,
    Map<TableName, TableName> tableMapping,
    Map<String, String> columnMapping,
    boolean increment,
    boolean enableVerification,
    boolean enableSchemaMigration,
    boolean enableDataMigration,
    boolean schemaOnly,
    Optional<String> taskType,
    Optional<String> tunnelQuota,
    Map<String, ConfigValue> others) {

  public JobConfig {
    tables = List.copyOf(tables);
    partitions = List.copyOf(partitions);
    tableWhiteList = List.copyOf(tableWhiteList);
    tableBlackList = List.copyOf(tableBlackList);
    partitionFilters = ordered(partitionFilters);
    tableMapping = ordered(tableMapping);
    columnMapping = ordered(columnMapping);
    Objects.requireNonNull(taskType, "taskType");
    Objects.requireNonNull(tunnelQuota, "tunnelQuota");
    others = ordered(others);
  }

  /** The defaults of MMS: incremental, with schema, data and verification. */
  public static JobConfig defaults() {
    return new JobConfig(List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(),
        true, true, true, true, false, Optional.empty(), Optional.empty(), Map.of());
  }

  /** The scope the lists imply: partition ids, else tables, else the whole database. */
  public JobScope scope() {
    if (!partitions.isEmpty()) {
      return JobScope.Partitions;
    }
    if (!tables.isEmpty()) {
      return JobScope.Tables;
    }
    return JobScope.Database;
  }

  /** Data is copied unless the job is schema-only or data migration is switched off. */
  public boolean migratesData() {
    return enableDataMigration && !schemaOnly;
  }

  public TableName destinationOf(TableName source) {
    return tableMapping.getOrDefault(source, source);
  }

  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    var copy = new LinkedHashMap<K, V>();
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
