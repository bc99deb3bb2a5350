package dev.mms.application.service;

import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.Sequence;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the work behind an async task on the executor and keeps the task's row in step: progress
 * while it runs, then DONE with its result or FAILED with the reason (a refusal, or the message of
 * an exception the work threw).
 */
public final class AsyncRunner {

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
    executor.execute(() -> run(started, work));
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

  private void run(AsyncTask started, Work work) {
    var current = new AtomicReference<>(started);
    Either<String, Outcome> outcome;
    try {
      outcome = work.run(p -> {
        var before = current.get();
        if (p - before.progress() >= PROGRESS_STEP) {
          before.progressed(p).forEach(next -> {
            asyncTasks.update(next);
            current.set(next);
          });
        }
      });
    } catch (RuntimeException e) {
      outcome = Either.left(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    var last = current.get();
    var end = clock.instant();
    var finished = outcome.fold(
        error -> last.failed(error, end),
        done -> last.succeeded(done.objectId(), done.result(), end));
    finished.forEach(asyncTasks::update);
  }
}
