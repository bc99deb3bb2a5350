package dev.mms.adapter.rest.catalog;

import java.time.Instant;

/** A source partition (wire reference §7.5) with its destination; sizes are absent when unknown. */
record PartitionResponse(
    long id,
    long dbId,
    String dbName,
    long tableId,
    String tableName,
    String value,
    String dstProjectName,
    String dstSchemaName,
    String dstTableName,
    String dstValue,
    long sourceId,
    String sourceName,
    String status,
    Instant lastDdlTime,
    Long numRows,
    Long size,
    boolean updated) {}
