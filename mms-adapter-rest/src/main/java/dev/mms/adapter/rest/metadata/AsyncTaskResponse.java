package dev.mms.adapter.rest.metadata;

import java.time.Instant;

/** An async task (GetMmsAsyncTask); {@code objectId} is the job a TASK_CREATE created. */
record AsyncTaskResponse(
    long id,
    long sourceId,
    String type,
    Long objectId,
    String status,
    boolean running,
    int progress,
    String result,
    String errorMsg,
    Instant createTime,
    Instant startTime,
    Instant endTime) {}
