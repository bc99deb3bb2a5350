package dev.mms.domain.task;

import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of migration: a non-partitioned table, or a group of partitions of one table, with
 * its destination. Its status moves only through {@link TaskStatus#after}; every command returns
 * a new task with {@code version + 1}, which persistence uses as the fencing token (a write is
 * accepted only over the version it was computed from).
 *
 * <p>{@code autoRetries} counts automatic retries since the last user action; {@code
 * retriedTimes} counts every retry. {@code nextAttemptAt} is set while an automatic retry is due.
 */
public record Task(
    TaskId id,
    JobId jobId,
    SourceId sourceId,
    DatabaseId dbId,
    TableId tableId,
    DatabaseName srcDbName,
    TableName srcTableName,
    String dstDbName,
    String dstTableName,
    String type,
    List<PartitionId> partitions,
    TaskStatus status,
    Optional<Lease> lease,
    boolean stopped,
    int retriedTimes,
    int autoRetries,
    Optional<Instant> nextAttemptAt,
    long version,
    Instant createTime,
    Optional<Instant> startTime,
    Optional<Instant> endTime) {

  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(srcDbName, "srcDbName");
    Objects.requireNonNull(srcTableName, "srcTableName");
    Objects.requireNonNull(dstDbName, "dstDbName");
    Objects.requireNonNull(dstTableName, "dstTableName");
    Objects.requireNonNull(type, "type");
    partitions = List.copyOf(partitions);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lease, "lease");
    if (retriedTimes < 0 || autoRetries < 0 || autoRetries > retriedTimes) {
      throw new IllegalArgumentException("retry counters out of range");
    }
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (nextAttemptAt.isPresent() && !status.failed()) {
      throw new IllegalArgumentException("only a failed task waits for an automatic retry");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must be >= 0");
    }
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
  }

  /** A planned task, not yet run: INIT, not running, version 0. */
  public static Task planned(
      TaskId id, JobId jobId, SourceId sourceId, DatabaseId dbId, TableId tableId,
      DatabaseName srcDbName, TableName srcTableName, String dstDbName, String dstTableName,
      String type, List<PartitionId> partitions, Instant createTime) {
    return new Task(id, jobId, sourceId, dbId, tableId, srcDbName, srcTableName, dstDbName,
        dstTableName, type, partitions, TaskStatus.INIT, Optional.empty(), false, 0, 0,
        Optional.empty(), 0, createTime, Optional.empty(), Optional.empty());
  }

  /** A worker holds it. */
  public boolean running() {
    return lease.isPresent();
  }

  /**
   * Whether a worker may claim it at {@code now}: not stopped, not DONE, not failed without an
   * automatic retry due, and no live lease of another worker.
   */
  public boolean runnableAt(Instant now) {
    if (stopped || status.done()) {
      return false;
    }
    if (status.failed() && nextAttemptAt.map(t -> t.isAfter(now)).orElse(true)) {
      return false;
    }
    return lease.map(l -> !l.liveAt(now)).orElse(true);
  }

  /** Takes the task for a worker; refused when it is not runnable at {@code now}. */
  public Either<DomainError, Task> claim(Lease newLease, Instant now) {
    if (!runnableAt(now)) {
      return Either.left(new Conflict("task " + id + " is not runnable"
          + (stopped ? " (stopped)" : "") + " in state " + status
          + lease.filter(l -> l.liveAt(now)).map(l -> ", leased to " + l.owner()).orElse("")));
    }
    return Either.right(copy(status, Optional.of(newLease), stopped, retriedTimes, autoRetries,
        nextAttemptAt, startTime, endTime));
  }

  /** Extends the lease of {@code owner}; refused once another worker holds the task. */
  public Either<DomainError, Task> renew(String owner, Instant until) {
    return holdsLease(owner)
        .map(t -> copy(status, Optional.of(new Lease(owner, until)), stopped, retriedTimes,
            autoRetries, nextAttemptAt, startTime, endTime));
  }

  /** Gives the task back; a phase that was under way will run again from its start. */
  public Either<DomainError, Task> release(String owner) {
    return holdsLease(owner)
        .map(t -> copy(status, Optional.empty(), stopped, retriedTimes, autoRetries,
            nextAttemptAt, startTime, endTime));
  }

  /**
   * Applies {@code event} on behalf of the lease holder {@code owner}. A retry is refused here:
   * it goes through {@link #autoRetry} or {@link #retryByUser}, which count it.
   */
  public Either<DomainError, Task> apply(String owner, TaskEvent event, Instant at) {
    if (event == TaskEvent.RETRY) {
      return Either.left(new IllegalTransition("Task", status.name(), "RETRY without counting it"));
    }
    return holdsLease(owner).flatMap(t -> t.moveTo(event, at));
  }

  /**
   * A phase failed: the task enters the stage's *_FAILED state and, while the policy allows,
   * an automatic retry is scheduled after a backoff. An event that does not lead to a *_FAILED
   * state is refused.
   */
  public Either<DomainError, Task> fail(String owner, TaskEvent failure, Instant at, RetryPolicy policy) {
    return holdsLease(owner)
        .filterOrElse(t -> status.after(failure).filter(TaskStatus::failed).isPresent(),
            t -> new IllegalTransition("Task", status.name(), failure.name() + " as a failure"))
        .flatMap(t -> t.moveTo(failure, at))
        .map(t -> autoRetries < policy.maxRetries()
        ? t.amend(t.retriedTimes, t.autoRetries, Optional.of(at.plus(policy.backoff(autoRetries))))
        : t);
  }

  /** The automatic retry that was due: counts against the policy's budget. */
  public Either<DomainError, Task> autoRetry(String owner, Instant at) {
    if (nextAttemptAt.isEmpty() || nextAttemptAt.get().isAfter(at)) {
      return Either.left(new IllegalTransition("Task", status.name(), "automatic RETRY (none due)"));
    }
    return holdsLease(owner)
        .flatMap(t -> t.moveTo(TaskEvent.RETRY, at))
        .map(t -> t.amend(retriedTimes + 1, autoRetries + 1, Optional.empty()));
  }

  /** A user's retry (RetryMmsTask, RetryMmsJob): resets the automatic budget. */
  public Either<DomainError, Task> retryByUser(Instant at) {
    return moveTo(TaskEvent.RETRY, at)
        .map(t -> t.amend(retriedTimes + 1, 0, Optional.empty()));
  }

  /** Stop: no new phase starts, the lease is dropped so a running phase is interrupted. */
  public Task stop() {
    return copy(status, Optional.empty(), true, retriedTimes, autoRetries, nextAttemptAt,
        startTime, endTime);
  }

  /** Start after a stop: work resumes where it stopped. */
  public Task resume() {
    return copy(status, lease, false, retriedTimes, autoRetries, nextAttemptAt, startTime, endTime);
  }

  private Either<DomainError, Task> moveTo(TaskEvent event, Instant at) {
    return status.after(event)
        .<Either<DomainError, Task>>map(next -> Either.right(copy(next,
            next.done() ? Optional.empty() : lease, stopped, retriedTimes, autoRetries,
            Optional.empty(),
            startTime.or(() -> Optional.of(at)),
            next.done() ? Optional.of(at) : Optional.empty())))
        .orElseGet(() -> Either.left(new IllegalTransition("Task", status.name(), event.name())));
  }

  private Either<DomainError, Task> holdsLease(String owner) {
    return lease.filter(l -> l.owner().equals(owner)).isPresent()
        ? Either.right(this)
        : Either.left(new Conflict("task " + id + " is not leased to " + owner));
  }

  /**
   * Sets the retry bookkeeping of a task a command has just produced: still that command's one
   * write, so the version stays (the store accepts exactly {@code version + 1} per write).
   */
  private Task amend(int retried, int auto, Optional<Instant> next) {
    return new Task(id, jobId, sourceId, dbId, tableId, srcDbName, srcTableName, dstDbName,
        dstTableName, type, partitions, status, lease, stopped, retried, auto, next, version,
        createTime, startTime, endTime);
  }

  private Task copy(TaskStatus s, Optional<Lease> l, boolean stop, int retried, int auto,
      Optional<Instant> next, Optional<Instant> start, Optional<Instant> end) {
    return new Task(id, jobId, sourceId, dbId, tableId, srcDbName, srcTableName, dstDbName,
        dstTableName, type, partitions, s, l, stop, retried, auto, next, version + 1, createTime,
        start, end);
  }
}
