package dev.mms.application.service.scheduler;

/** What one step of a {@link Worker} did. */
public enum Progress {
  /** Nothing was runnable: the worker holds no task. */
  IDLE,
  /** The worker leased a task; its next step works on it. */
  CLAIMED,
  /** The held task moved one transition and stays with the worker. */
  ADVANCED,
  /** The held task reached DONE; the worker is free. */
  FINISHED,
  /**
   * The worker gave the lease back: a phase failed (an automatic retry, if any, is claimed when
   * due), a phase was interrupted, or the task's job or source is gone.
   */
  RELEASED,
  /** A fenced write was refused (stopped, deleted, taken over): the worker dropped the task. */
  ABANDONED
}
