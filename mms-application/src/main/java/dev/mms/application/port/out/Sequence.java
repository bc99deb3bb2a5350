package dev.mms.application.port.out;

/** The id spaces; each hands out positive, never reused, increasing numbers. */
public enum Sequence {
  DATA_SOURCE,
  DATABASE,
  TABLE,
  PARTITION,
  JOB,
  TASK,
  TASK_LOG,
  TIMER,
  TIMER_LOG,
  ASYNC_TASK
}
