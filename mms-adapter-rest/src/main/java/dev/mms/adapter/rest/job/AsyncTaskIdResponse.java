package dev.mms.adapter.rest.job;

/** The {@code data} of CreateMmsJob: the async task whose {@code objectId} will be the job. */
record AsyncTaskIdResponse(long asyncTaskId) {}
