package dev.mms.domain.async;

/** What an async task does; TASK_CREATE and STOP_JOB are the MMS names. */
public enum AsyncTaskType {
  TASK_CREATE,
  STOP_JOB,
  SCAN,
  TEST_CONNECTION
}
