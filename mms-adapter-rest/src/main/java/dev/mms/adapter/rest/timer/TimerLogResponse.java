package dev.mms.adapter.rest.timer;

import java.time.Instant;

/**
 * One firing of a timer (ListMmsTimerLogs); {@code status} is the current status of the job it
 * created, absent when it created none.
 */
record TimerLogResponse(
    long id, long sourceId, String action, String msg, String status, Instant createTime) {}
