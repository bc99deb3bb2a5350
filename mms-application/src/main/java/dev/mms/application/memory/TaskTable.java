package dev.mms.application.memory;

import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The task rows shared by the job and task repositories, with what is derived from them and kept
 * in step with every write: the tally of each job, the tasks a claim may consider, and the tasks
 * that carry a lease. Callers hold the store's lock.
 */
final class TaskTable {
  final Rows<TaskId, Task> rows;
  final Rows<TaskId, Task>.Group<JobId> byJob;
  final Rows<TaskId, Task>.Group<SourceId> bySource;
  private final Map<JobId, TaskTally> tallies = new HashMap<>();
  private final Map<JobId, TreeMap<TaskId, Task>> claimable = new HashMap<>();
  private final Map<TaskId, Task> leased = new HashMap<>();

  TaskTable(Guard guard) {
    rows = new Rows<>(guard, "task", Task::id);
    byJob = rows.groupBy(Task::jobId);
    bySource = rows.groupBy(Task::sourceId);
    rows.listen(this::track);
  }

  TaskTally tally(JobId jobId) {
    return tallies.getOrDefault(jobId, TaskTally.EMPTY);
  }

  /** Jobs with a task that may be runnable now or later. */
  Set<JobId> jobsWithClaimable() {
    return claimable.keySet();
  }

  /**
   * The job's tasks that are neither stopped, DONE, nor failed without a retry due: a superset of
   * those runnable at any moment, in id order. A live view.
   */
  Collection<Task> claimable(JobId jobId) {
    var tasks = claimable.get(jobId);
    return tasks == null ? List.of() : tasks.values();
  }

  /** Tasks holding a lease, live or expired. A live view. */
  Collection<Task> leased() {
    return leased.values();
  }

  private void track(Optional<Task> before, Optional<Task> after) {
    before.ifPresent(t -> {
      var tally = tally(t.jobId()).minus(t.status());
      if (tally.total() == 0) {
        tallies.remove(t.jobId());
      } else {
        tallies.put(t.jobId(), tally);
      }
      var ofJob = claimable.get(t.jobId());
      if (ofJob != null && ofJob.remove(t.id()) != null && ofJob.isEmpty()) {
        claimable.remove(t.jobId());
      }
      leased.remove(t.id());
    });
    after.ifPresent(t -> {
      tallies.put(t.jobId(), tally(t.jobId()).plus(t.status()));
      if (mayRun(t)) {
        claimable.computeIfAbsent(t.jobId(), j -> new TreeMap<>()).put(t.id(), t);
      }
      if (t.lease().isPresent()) {
        leased.put(t.id(), t);
      }
    });
  }

  private static boolean mayRun(Task t) {
    return !t.stopped() && !t.status().done()
        && !(t.status().failed() && t.nextAttemptAt().isEmpty());
  }
}
