package dev.mms.adapter.rest.catalog;

import java.time.Instant;

/**
 * A source database (wire reference §7.3) with the counters of its tables and partitions; {@code
 * createTime}, {@code updateTime} and {@code deleted} appear in lists only.
 */
record DatabaseResponse(
    long id,
    String name,
    String description,
    String owner,
    String location,
    String extra,
    Instant lastDdlTime,
    long numRows,
    long size,
    long sourceId,
    String sourceName,
    String status,
    boolean updated,
    String dstProjectName,
    String dstName,
    int tables,
    int tablesDoing,
    int tablesDone,
    int tablesFailed,
    int tablesPartDone,
    int partitions,
    int partitionsDoing,
    int partitionsDone,
    int partitionsFailed,
    Instant createTime,
    Instant updateTime,
    Boolean deleted) {}
