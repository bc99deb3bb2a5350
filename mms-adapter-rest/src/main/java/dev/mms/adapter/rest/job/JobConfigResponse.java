package dev.mms.adapter.rest.job;

import java.util.List;
import java.util.Map;

/** A job's {@code config} with every key, including the deprecated ones MMS still echoes. */
record JobConfigResponse(
    List<String> tables,
    List<Long> partitions,
    List<String> tableWhiteList,
    List<String> tableBlackList,
    Map<String, String> partitionFilters,
    Map<String, String> tableMapping,
    Map<String, String> columnMapping,
    boolean increment,
    boolean enableVerification,
    boolean enableSchemaMigration,
    boolean enableDataMigration,
    boolean schemaOnly,
    String taskType,
    String tunnelQuota,
    Map<String, Object> others) {}
