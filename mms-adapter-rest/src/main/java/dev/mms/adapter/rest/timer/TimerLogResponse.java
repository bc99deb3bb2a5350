package dev.mms.adapter.rest.timer;

import java.time.Instant;

/**
 * One firing of a timer (ListMmsTimerLogs). {@code id} is the firing's async task (TASK_CREATE, to
 * poll with GetMmsAsyncTask) and {@code status} the status of the job it creates: INIT while the
 * job is still being created, FAILED when creating it failed, then the job's own status. Both are
 * absent when the firing created no job ({@code msg} says why); {@code status} also when the job
 * has since been deleted.
 */
record TimerLogResponse(
    Long id, long sourceId, String action, String msg, String status, Instant createTime) {}
