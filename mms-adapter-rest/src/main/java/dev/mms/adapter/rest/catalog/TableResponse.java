package dev.mms.adapter.rest.catalog;

import java.time.Instant;

/**
 * A source table (wire reference §7.4) with its schema, destination mapping ({@code dstName}
 * defaults to the source name) and partition counters.
 */
record TableResponse(
    long id,
    long dbId,
    String dbName,
    String name,
    String type,
    boolean hasPartitions,
    TableSchemaResponse schema,
    String owner,
    String location,
    String inputFormat,
    String outputFormat,
    String serde,
    String extra,
    Instant lastDdlTime,
    long numRows,
    long size,
    long sourceId,
    String sourceName,
    String status,
    boolean updated,
    String dstProjectName,
    String dstSchemaName,
    String dstName,
    int partitions,
    int partitionsDoing,
    int partitionsDone,
    int partitionsFailed) {}
