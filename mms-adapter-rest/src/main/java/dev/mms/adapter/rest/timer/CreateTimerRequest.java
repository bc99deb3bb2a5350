package dev.mms.adapter.rest.timer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The body of CreateMmsTimer (wire reference §6.10): a Daily ({@code HH:MM}) or Hourly ({@code MM})
 * schedule and the config of the jobs it creates. {@code sourceId} repeats the path.
 */
record CreateTimerRequest(
    String name,
    Long sourceId,
    String srcDbName,
    String scheduleType,
    String value,
    List<String> tables,
    List<Long> partitions,
    List<String> tableWhiteList,
    List<String> tableBlackList,
    Map<String, String> partitionFilters,
    Map<String, String> tableMapping,
    Map<String, String> columnMapping,
    Boolean enableSchemaMigration,
    Boolean enableDataMigration,
    Boolean enableVerification,
    Map<String, JsonNode> others) {}
