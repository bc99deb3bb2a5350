package dev.mms.adapter.rest.timer;

import java.util.List;
import java.util.Map;

/** The {@code config} of a timer: the job config its firings use. */
record TimerConfigResponse(
    List<String> tables,
    List<Long> partitions,
    List<String> tableWhiteList,
    List<String> tableBlackList,
    Map<String, String> partitionFilters,
    Map<String, String> tableMapping,
    Map<String, String> columnMapping,
    boolean enableSchemaMigration,
    boolean enableDataMigration,
    boolean enableVerification,
    Map<String, Object> others) {}
