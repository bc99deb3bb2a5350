package dev.mms.application.service;

import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.Sequence;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntConsumer;

/**
 * Runs the work behind an async task on the executor and keeps the task's row in step: progress
 * and a heartbeat while it runs, then DONE with its result or FAILED with the reason (a refusal,
 * or the message of an exception the work threw). Its sweep fails the tasks whose process died.
 */
public final class AsyncRunner {

  /** How often {@link #beat()} should run: well within {@link #STALE_AFTER}. */
  public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(10);

  /** A DOING task whose heartbeat is older than this has lost the process that ran it. */
  public static final Duration STALE_AFTER = Duration.ofSeconds(60);

  /** Why {@link #failAbandoned()} ended a task. */
  public static final String INTERRUPTED =
      "interrupted: the process running it stopped before it finished";

  /** The work: reports progress (0..10000) and ends with its result or the reason it failed. */
  @FunctionalInterface
  public interface Work {
    Either<String, Outcome> run(IntConsumer progress);
  }

  /** What finished work produced: the object it made (a job id, a source id) and a result text. */
  public record Outcome(OptionalLong objectId, String result) {
    public Outcome {
      Objects.requireNonNull(objectId, "objectId");
      Objects.requireNonNull(result, "result");
    }
  }

  /** Progress below this step is not worth a write. */
  private static final int PROGRESS_STEP = 100;

  private final AsyncTaskRepository asyncTasks;
  private final IdGenerator ids;
  private final Clock clock;
  private final Executor executor;
  /** The tasks this runner has queued or is running: its heartbeats keep them alive. */
  private final Map<AsyncTaskId, Running> running = new ConcurrentHashMap<>();

  public AsyncRunner(AsyncTaskRepository asyncTasks, IdGenerator ids, Clock clock, Executor executor) {
    this.asyncTasks = asyncTasks;
    this.ids = ids;
    this.clock = clock;
    this.executor = executor;
  }

  /** Stores a new DOING async task, for callers that must record its id before it runs. */
  public AsyncTask begin(SourceId source, AsyncTaskType type) {
    var task = AsyncTask.started(new AsyncTaskId(ids.next(Sequence.ASYNC_TASK)), source, type,
        clock.instant());
    asyncTasks.insert(task);
    return task;
  }

  /** Runs {@code work} for {@code started} (from {@link #begin}) on the executor. */
  public void execute(AsyncTask started, Work work) {
    var task = new Running(started);
    running.put(started.id(), task);
    try {
      executor.execute(() -> {
        try {
          task.run(work);
        } finally {
          running.remove(started.id());
        }
      });
    } catch (RejectedExecutionException e) {
      running.remove(started.id());
      throw e;
    }
  }

  /** {@link #begin} and {@link #execute} at once. */
  public AsyncTaskId submit(SourceId source, AsyncTaskType type, Work work) {
    var task = begin(source, type);
    execute(task, work);
    return task.id();
  }

  /** Records work that was done on the spot (a stop) as a finished async task. */
  public AsyncTaskId recordDone(SourceId source, AsyncTaskType type, long objectId, String result) {
    var task = AsyncTask.started(new AsyncTaskId(ids.next(Sequence.ASYNC_TASK)), source, type,
        clock.instant());
    asyncTasks.insert(task.succeeded(OptionalLong.of(objectId), result, clock.instant())
        .getOrElseThrow(e -> new IllegalStateException(e.message())));
    return task.id();
  }

  /** Refreshes the heartbeat of every task this runner has queued or running. */
  public void beat() {
    running.values().forEach(Running::beat);
  }

  /**
   * Fails every DOING task, of any process sharing the store, whose heartbeat is older than
   * {@link #STALE_AFTER}, except this runner's own; returns the ones it failed.
   */
  public List<AsyncTaskId> failAbandoned() {
    var now = clock.instant();
    var failed = new ArrayList<AsyncTaskId>();
    for (var stale : asyncTasks.findStale(now.minus(STALE_AFTER))) {
      if (!running.containsKey(stale.id())
          && stale.failed(INTERRUPTED, now).map(asyncTasks::update).getOrElse(false)) {
        failed.add(stale.id());
      }
    }
    return List.copyOf(failed);
  }

  /**
   * One task of this runner as last stored. Its writes take turns, so that a heartbeat never
   * undoes progress; the store refuses them once a sweep has ended the task.
   */
  private final class Running {
    private AsyncTask stored;

    Running(AsyncTask started) {
      this.stored = started;
    }

    void run(Work work) {
      Either<String, Outcome> outcome;
      try {
        outcome = work.run(this::progress);
      } catch (RuntimeException e) {
        outcome = Either.left(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
      finish(outcome);
    }

    synchronized void progress(int p) {
      if (p - stored.progress() >= PROGRESS_STEP) {
        store(stored.progressed(p).flatMap(t -> t.beat(clock.instant())));
      }
    }

    synchronized void beat() {
      store(stored.beat(clock.instant()));
    }

    private synchronized void finish(Either<String, Outcome> outcome) {
      var end = clock.instant();
      store(outcome.fold(
          error -> stored.failed(error, end),
          done -> stored.succeeded(done.objectId(), done.result(), end)));
    }

    private void store(Either<DomainError, AsyncTask> next) {
      next.forEach(t -> {
        if (asyncTasks.update(t)) {
          stored = t;
        }
      });
    }
  }
}
