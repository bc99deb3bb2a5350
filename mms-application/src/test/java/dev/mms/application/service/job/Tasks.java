package dev.mms.application.service.job;

import dev.mms.application.service.Fixture;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.RetryPolicy;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskEvent;
import java.time.Duration;

/** Drives a stored task the way a worker would, for tests that need a task in a given state. */
public final class Tasks {
  private static final String WORKER = "test-worker";

  private Tasks() {}

  /** The task, claimed and failed in its schema phase with no automatic retry left. */
  public static Task failSchema(Fixture f, Task task) {
    var now = f.clock.instant();
    var claimed = f.store.tasks().update(task.claim(new Lease(WORKER, now.plusSeconds(60)), now).get()).get();
    var doing = f.store.tasks().update(claimed.apply(WORKER, TaskEvent.BEGIN_SCHEMA, now).get()).get();
    var failed = doing.fail(WORKER, TaskEvent.SCHEMA_FAILED, now,
        new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).get();
    var released = failed.release(WORKER).get();
    f.store.tasks().update(failed).get();
    return f.store.tasks().update(released).get();
  }
}
