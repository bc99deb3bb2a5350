package dev.mms.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.service.Fixture.TestClock;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.source.SourceId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MigrationControlPlaneTest {
  private static final SourceId SOURCE = new SourceId(1);

  @Test
  void starting_fails_the_async_tasks_a_stopped_process_left_doing_and_keeps_the_live_ones() {
    var store = new InMemoryStore();
    var clock = new TestClock(Fixture.T0);
    store.asyncTasks().insert(AsyncTask.started(new AsyncTaskId(1), SOURCE, AsyncTaskType.SCAN, Fixture.T0));
    clock.advance(Duration.ofMinutes(2));
    store.asyncTasks().insert(AsyncTask.started(new AsyncTaskId(2), SOURCE, AsyncTaskType.TASK_CREATE,
        clock.instant().minusSeconds(5)));

    try (var mms = MigrationControlPlane.builder(store.stores()).clock(clock).build()) {
      mms.start();
    }

    var orphan = store.asyncTasks().findById(SOURCE, new AsyncTaskId(1)).get();
    assertThat(orphan.status()).isEqualTo(AsyncTaskStatus.FAILED);
    assertThat(orphan.errorMsg()).contains(AsyncRunner.INTERRUPTED);
    assertThat(store.asyncTasks().findById(SOURCE, new AsyncTaskId(2)).get().status())
        .isEqualTo(AsyncTaskStatus.DOING);
  }
}
