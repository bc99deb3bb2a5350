package dev.mms.adapter.rest.timer;

import java.time.Instant;

/** A timer as ListMmsTimers lists it (wire reference §6.11). */
record TimerSummaryResponse(
    long id,
    String name,
    long sourceId,
    long dbId,
    String srcDbName,
    String type,
    String scheduleType,
    String value,
    boolean stopped,
    Instant createTime) {}
