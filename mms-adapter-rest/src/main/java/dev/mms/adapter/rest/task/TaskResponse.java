package dev.mms.adapter.rest.task;

import java.time.Instant;

/**
 * A task (wire reference §7.7); {@code running} while a worker holds it. The schema names are
 * absent: sources here have no schema layer.
 */
record TaskResponse(
    long id,
    long jobId,
    String jobName,
    long sourceId,
    String sourceName,
    long dbId,
    long tableId,
    String srcDbName,
    String srcSchemaName,
    String srcTableName,
    String dstDbName,
    String dstSchemaName,
    String dstTableName,
    String type,
    String status,
    boolean running,
    boolean stopped,
    int retriedTimes,
    Instant createTime,
    Instant startTime,
    Instant endTime) {}
