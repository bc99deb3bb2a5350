package dev.mms.adapter.rest.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The body of CreateMmsJob (wire reference §6.1). {@code sourceId} repeats the path and must agree
 * with it; {@code sourceName} is informative and not checked.
 */
record CreateJobRequest(
    String name,
    Long sourceId,
    String sourceName,
    String srcDbName,
    String srcSchemaName,
    String dstDbName,
    String dstSchemaName,
    List<String> tables,
    List<Long> partitions,
    List<String> tableWhiteList,
    List<String> tableBlackList,
    Map<String, String> partitionFilters,
    Map<String, String> tableMapping,
    Map<String, String> columnMapping,
    Boolean increment,
    Boolean enableVerification,
    Boolean enableSchemaMigration,
    Boolean enableDataMigration,
    Boolean schemaOnly,
    String eta,
    String taskType,
    Map<String, JsonNode> others) {}
