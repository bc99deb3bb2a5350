package dev.mms.adapter.jdbc.store;

import dev.mms.application.port.out.TaskRepository;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskEvent;
import io.vavr.control.Either;
import java.time.Instant;

/** Drives a leased task through its happy path, one fenced write per step, as a worker does. */
public final class Phases {
  private Phases() {}

  /** The event that moves a task on from where it stands on the happy path. */
  public static TaskEvent next(Task t) {
    return switch (t.status()) {
      case INIT -> TaskEvent.BEGIN_SCHEMA;
      case SCHEMA_DOING -> TaskEvent.SCHEMA_OK;
      case SCHEMA_DONE -> TaskEvent.BEGIN_DATA;
      case DATA_DOING -> TaskEvent.DATA_OK;
      case DATA_DONE -> TaskEvent.BEGIN_VERIFICATION;
      case VERIFICATION_DOING -> TaskEvent.COUNTS_MATCH;
      case VERIFICATION_DONE -> TaskEvent.FINISH;
      case SCHEMA_FAILED, DATA_FAILED, VERIFICATION_FAILED -> TaskEvent.RETRY;
      case DONE -> throw new IllegalStateException("task " + t.id() + " is done");
    };
  }

  /** One step by {@code owner}, stored; a Conflict when someone else changed the task. */
  public static Either<DomainError, Task> step(TaskRepository tasks, Task t, String owner, Instant at) {
    return t.apply(owner, next(t), at).flatMap(tasks::update);
  }

  /** Every remaining step until DONE; the first refusal ends it. */
  public static Either<DomainError, Task> finish(TaskRepository tasks, Task t, String owner, Instant at) {
    Either<DomainError, Task> current = Either.right(t);
    while (current.isRight() && !current.get().status().done()) {
      current = step(tasks, current.get(), owner, at);
    }
    return current;
  }
}
