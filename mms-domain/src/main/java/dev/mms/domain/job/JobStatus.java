package dev.mms.domain.job;

import dev.mms.domain.task.TaskStatus;

/** The MMS job statuses; a job's status is {@link #derive derived} from its tasks. */
public enum JobStatus {
  INIT,
  DOING,
  DONE,
  FAILED;

  /**
   * DONE when every task is DONE (a job with no tasks is DONE); INIT when every task is INIT;
   * FAILED when no task is active or queued and at least one failed; otherwise DOING.
   */
  public static JobStatus derive(Iterable<TaskStatus> tasks) {
    boolean any = false;
    boolean allDone = true;
    boolean allInit = true;
    boolean anyFailed = false;
    boolean anyLive = false;
    for (var s : tasks) {
      any = true;
      allDone &= s.done();
      allInit &= s == TaskStatus.INIT;
      anyFailed |= s.failed();
      anyLive |= !s.done() && !s.failed();
    }
    if (!any || allDone) {
      return DONE;
    }
    if (allInit) {
      return INIT;
    }
    if (anyFailed && !anyLive) {
      return FAILED;
    }
    return DOING;
  }
}
