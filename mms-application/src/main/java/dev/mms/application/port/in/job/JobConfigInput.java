package dev.mms.application.port.in.job;

import dev.mms.domain.source.ConfigValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The config part of a job (or of the jobs a timer creates) as the caller gave it: scope lists,
 * per-table partition filters, mappings and switches. Switches not given take the MMS defaults
 * (increment, schema, data and verification on).
 */
public record JobConfigInput(
    List<String> tables,
    List<Long> partitions,
    List<String> tableWhiteList,
    List<String> tableBlackList,
    Map<String, String> partitionFilters,
    Map<String, String> tableMapping,
    Map<String, String> columnMapping,
    Optional<Boolean> increment,
    Optional<Boolean> enableVerification,
    Optional<Boolean> enableSchemaMigration,
    Optional<Boolean> enableDataMigration,
    Optional<Boolean> schemaOnly,
    Optional<String> taskType,
    Map<String, ConfigValue> others) {

  public static final JobConfigInput EMPTY = new JobConfigInput(List.of(), List.of(), List.of(),
      List.of(), Map.of(), Map.of(), Map.of(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  public JobConfigInput {
    tables = List.copyOf(tables);
    partitions = List.copyOf(partitions);
    tableWhiteList = List.copyOf(tableWhiteList);
    tableBlackList = List.copyOf(tableBlackList);
    partitionFilters = ordered(partitionFilters);
    tableMapping = ordered(tableMapping);
    columnMapping = ordered(columnMapping);
    Objects.requireNonNull(increment, "increment");
    Objects.requireNonNull(enableVerification, "enableVerification");
    Objects.requireNonNull(enableSchemaMigration, "enableSchemaMigration");
    Objects.requireNonNull(enableDataMigration, "enableDataMigration");
    Objects.requireNonNull(schemaOnly, "schemaOnly");
    Objects.requireNonNull(taskType, "taskType");
    others = ordered(others);
  }

  public JobConfigInput withTables(List<String> newTables) {
    return new JobConfigInput(newTables, partitions, tableWhiteList, tableBlackList,
        partitionFilters, tableMapping, columnMapping, increment, enableVerification,
        enableSchemaMigration, enableDataMigration, schemaOnly, taskType, others);
  }

  public JobConfigInput withPartitions(List<Long> newPartitions) {
    return new JobConfigInput(tables, newPartitions, tableWhiteList, tableBlackList,
        partitionFilters, tableMapping, columnMapping, increment, enableVerification,
        enableSchemaMigration, enableDataMigration, schemaOnly, taskType, others);
  }

  public JobConfigInput withPartitionFilters(Map<String, String> filters) {
    return new JobConfigInput(tables, partitions, tableWhiteList, tableBlackList, filters,
        tableMapping, columnMapping, increment, enableVerification, enableSchemaMigration,
        enableDataMigration, schemaOnly, taskType, others);
  }

  public JobConfigInput withIncrement(boolean flag) {
    return new JobConfigInput(tables, partitions, tableWhiteList, tableBlackList,
        partitionFilters, tableMapping, columnMapping, Optional.of(flag), enableVerification,
        enableSchemaMigration, enableDataMigration, schemaOnly, taskType, others);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
