package dev.mms.adapter.rest.catalog;

import java.util.List;

/**
 * The body of UpdateMmsTables; {@code tables} (ids) is deprecated in favour of {@code tableNames}.
 */
record UpdateTablesRequest(
    String dbName,
    List<String> tableNames,
    List<Long> tables,
    String dstProjectName,
    String dstSchemaName,
    String status) {}
