package dev.mms.adapter.rest.job;

import java.time.Instant;

/** A job (wire reference §7.6); {@code type} is its scope: Database, Tables or Partitions. */
record JobResponse(
    long id,
    String name,
    long sourceId,
    String sourceName,
    long dbId,
    String srcDbName,
    String srcSchemaName,
    String dstDbName,
    String dstSchemaName,
    String type,
    String status,
    boolean stopped,
    int taskNum,
    int taskDone,
    String eta,
    Instant createTime,
    JobConfigResponse config) {}
