package dev.mms.domain.job;

import dev.mms.domain.task.TaskStatus;

/**
 * How many of a job's tasks are in each kind of state: the counts its status is derived from.
 * Stores keep it in step with the tasks, so that listing and filtering jobs by status never
 * scans their tasks.
 */
public record TaskTally(long total, long init, long done, long failed) {
  public static final TaskTally EMPTY = new TaskTally(0, 0, 0, 0);

  public TaskTally {
    if (init < 0 || done < 0 || failed < 0 || init + done + failed > total) {
      throw new IllegalArgumentException("inconsistent tally " + total + "/" + init + "/" + done + "/" + failed);
    }
  }

  public static TaskTally of(Iterable<TaskStatus> statuses) {
    var tally = EMPTY;
    for (var s : statuses) {
      tally = tally.plus(s);
    }
    return tally;
  }

  /**
   * Whether the counts tell {@code a} and {@code b} apart: a task moving between two statuses they
   * count alike (one running phase to the next) leaves its job's tally as it is.
   */
  public static boolean countsAlike(TaskStatus a, TaskStatus b) {
    return EMPTY.plus(a).equals(EMPTY.plus(b));
  }

  public TaskTally plus(TaskStatus s) {
    return new TaskTally(total + 1, init + (s == TaskStatus.INIT ? 1 : 0),
        done + (s.done() ? 1 : 0), failed + (s.failed() ? 1 : 0));
  }

  public TaskTally minus(TaskStatus s) {
    return new TaskTally(total - 1, init - (s == TaskStatus.INIT ? 1 : 0),
        done - (s.done() ? 1 : 0), failed - (s.failed() ? 1 : 0));
  }

  /** Tasks active or queued: neither done nor failed. */
  public long live() {
    return total - done - failed;
  }

  /** The job status these counts imply; equal to {@link JobStatus#derive} over the same tasks. */
  public JobStatus status() {
    if (total == done) {
      return JobStatus.DONE;
    }
    if (total == init) {
      return JobStatus.INIT;
    }
    if (failed > 0 && live() == 0) {
      return JobStatus.FAILED;
    }
    return JobStatus.DOING;
  }
}
