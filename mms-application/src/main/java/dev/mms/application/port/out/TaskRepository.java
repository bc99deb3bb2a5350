package dev.mms.application.port.out;

import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tasks, with the partitions each covers, and the per-job {@link TaskTally} kept in step with
 * every write. Several processes may share one store: {@link #update} is fenced by version and
 * {@link #claim} never hands one task to two workers.
 */
public interface TaskRepository {

  /**
   * Inserts a plan's tasks in batches (a plan may hold a million partitions). A job's tasks are
   * all of the job's source.
   */
  void insertAll(Collection<Task> tasks);

  /**
   * Stores {@code next} only if the stored task still has version {@code next.version() - 1};
   * otherwise a {@code Conflict} (someone else changed it: a stop, another worker).
   */
  default Either<DomainError, Task> update(Task next) {
    return update(next, next.version() - 1);
  }

  /**
   * Stores {@code next}, the result of one or more commands applied in turn to the task at
   * version {@code base}, only if the stored task still has version {@code base}; otherwise a
   * {@code Conflict}. One write then carries several transitions (each command still counts one
   * version), so a worker makes a phase's end and the bookkeeping after it durable together.
   *
   * @throws IllegalArgumentException if {@code base} is not below {@code next.version()}
   */
  Either<DomainError, Task> update(Task next, long base);

  /** What every implementation of {@link #update(Task, long)} checks first. */
  static void requireBase(Task next, long base) {
    if (base < 0 || base >= next.version()) {
      throw new IllegalArgumentException("task " + next.id() + " at version " + next.version()
          + " cannot be written over version " + base);
    }
  }

  /** Only a task of {@code sourceId}. */
  Option<Task> findById(SourceId sourceId, TaskId id);

  /**
   * The stored version of a task of {@code sourceId}: what a worker checks before a phase, and
   * its lease keeper on each visit, to know the task is still as it left it.
   */
  Option<Long> versionOf(SourceId sourceId, TaskId id);

  /** The job's tasks, ordered by id. */
  List<Task> findByJob(JobId jobId);

  Page<Task> find(TaskQuery query);

  /**
   * Atomically leases runnable tasks ({@link Task#runnableAt}) to the requester: ordered by job
   * eta (none last), then job id, then task id; at most {@code perSourceLimit} live leases per
   * source; and never two live leases on one destination table while either task is INIT or in
   * a schema state (DDL must not race).
   */
  List<Task> claim(ClaimRequest request);

  /** Partitions and tables that live tasks of live jobs in the database cover. */
  LiveCoverage liveCoverage(DatabaseId dbId);

  Map<JobId, TaskTally> tallies(Collection<JobId> jobIds);

  /**
   * Stop ({@code true}) or resume every task of the job at once; stopping drops leases. Each
   * changed task's version goes up, so a worker still running one loses its next write.
   */
  int setStoppedByJob(JobId jobId, boolean stopped);

  void deleteByJob(JobId jobId);

  void deleteBySource(SourceId sourceId);
}
