package dev.mms.adapter.rest.task;

import java.time.Instant;

/** One row of ListMmsTaskLogs: the status entered, what ran and its result. */
record TaskLogResponse(
    long id,
    long taskId,
    long sourceId,
    String status,
    String action,
    String msg,
    Instant createTime) {}
