package dev.mms.domain.async;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A long operation answered at once with an id to poll. {@code progress} is in hundredths of a
 * percent (0..10000, the MMS scale); {@code objectId} is what it produced (the job of a
 * TASK_CREATE). It is DOING until it ends DONE or FAILED, once. {@code heartbeatAt} is the last
 * sign of life of the process running it: one that stops beating has stopped running it.
 */
public record AsyncTask(
    AsyncTaskId id,
    SourceId sourceId,
    AsyncTaskType type,
    OptionalLong objectId,
    AsyncTaskStatus status,
    int progress,
    Optional<String> result,
    Optional<String> errorMsg,
    Instant createTime,
    Optional<Instant> startTime,
    Optional<Instant> endTime,
    Instant heartbeatAt) {
  public static final int COMPLETE = 10_000;

  public AsyncTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(status, "status");
    if (progress < 0 || progress > COMPLETE) {
      throw new IllegalArgumentException("progress " + progress);
    }
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(errorMsg, "errorMsg");
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    Objects.requireNonNull(heartbeatAt, "heartbeatAt");
  }

  public static AsyncTask started(AsyncTaskId id, SourceId sourceId, AsyncTaskType type, Instant now) {
    return new AsyncTask(id, sourceId, type, OptionalLong.empty(), AsyncTaskStatus.DOING, 0,
        Optional.empty(), Optional.empty(), now, Optional.of(now), Optional.empty(), now);
  }

  public boolean running() {
    return status == AsyncTaskStatus.DOING;
  }

  public Either<DomainError, AsyncTask> progressed(int newProgress) {
    return running()
        ? Either.right(new AsyncTask(id, sourceId, type, objectId, status,
            Math.max(progress, Math.min(newProgress, COMPLETE - 1)), result, errorMsg, createTime,
            startTime, endTime, heartbeatAt))
        : Either.left(new IllegalTransition("AsyncTask", status.name(), "progress"));
  }

  /** The process running it is alive at {@code at}. */
  public Either<DomainError, AsyncTask> beat(Instant at) {
    return running()
        ? Either.right(new AsyncTask(id, sourceId, type, objectId, status, progress, result,
            errorMsg, createTime, startTime, endTime, at))
        : Either.left(new IllegalTransition("AsyncTask", status.name(), "heartbeat"));
  }

  public Either<DomainError, AsyncTask> succeeded(OptionalLong object, String resultText, Instant at) {
    return running()
        ? Either.right(new AsyncTask(id, sourceId, type, object, AsyncTaskStatus.DONE, COMPLETE,
            Optional.of(resultText), Optional.empty(), createTime, startTime, Optional.of(at), at))
        : Either.left(new IllegalTransition("AsyncTask", status.name(), "DONE"));
  }

  public Either<DomainError, AsyncTask> failed(String error, Instant at) {
    return running()
        ? Either.right(new AsyncTask(id, sourceId, type, objectId, AsyncTaskStatus.FAILED,
            progress, result, Optional.of(error), createTime, startTime, Optional.of(at), at))
        : Either.left(new IllegalTransition("AsyncTask", status.name(), "FAILED"));
  }
}
