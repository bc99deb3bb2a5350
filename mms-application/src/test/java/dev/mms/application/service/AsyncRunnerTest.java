package dev.mms.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.service.Fixture.TestClock;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Async tasks outlive neither their process nor their heartbeat: two runners over one store stand
 * for two processes, and work that blocks until the test lets it go stands for a long scan.
 */
class AsyncRunnerTest {
  private static final SourceId SOURCE = new SourceId(1);

  private final InMemoryStore store = new InMemoryStore();
  private final TestClock clock = new TestClock(Fixture.T0);
  private final ExecutorService threads = Executors.newSingleThreadExecutor();
  private final AsyncRunner here = new AsyncRunner(store.asyncTasks(), store.ids(), clock, threads);
  private final AsyncRunner elsewhere = new AsyncRunner(store.asyncTasks(), store.ids(), clock, Runnable::run);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stopThreads() {
    release.countDown();
    threads.shutdownNow();
  }

  @Test
  void a_task_left_doing_by_a_stopped_process_fails_once_its_heartbeat_is_a_minute_old() {
    var orphan = here.begin(SOURCE, AsyncTaskType.SCAN);

    clock.advance(AsyncRunner.STALE_AFTER);
    var early = elsewhere.failAbandoned();
    clock.advance(Duration.ofSeconds(1));
    var late = elsewhere.failAbandoned();

    assertThat(early).isEmpty();
    assertThat(late).containsExactly(orphan.id());
    var failed = stored(orphan.id());
    assertThat(failed.status()).isEqualTo(AsyncTaskStatus.FAILED);
    assertThat(failed.errorMsg()).contains("interrupted: the process running it stopped before it finished");
    assertThat(failed.endTime()).contains(clock.instant());
  }

  @Test
  void a_runner_keeps_its_running_work_alive_with_heartbeats() throws Exception {
    var task = startBlockedWork();

    clock.advance(Duration.ofSeconds(50));
    here.beat();
    clock.advance(Duration.ofSeconds(50));
    var failed = elsewhere.failAbandoned();

    assertThat(failed).isEmpty();
    assertThat(stored(task.id()).heartbeatAt()).isEqualTo(Fixture.T0.plusSeconds(50));
    finishWork();
    assertThat(stored(task.id()).status()).isEqualTo(AsyncTaskStatus.DONE);
  }

  @Test
  void a_runner_never_fails_its_own_work_even_when_its_heartbeat_is_late() throws Exception {
    var task = startBlockedWork();
    clock.advance(Duration.ofMinutes(5));

    var failed = here.failAbandoned();

    assertThat(failed).isEmpty();
    finishWork();
    assertThat(stored(task.id()).status()).isEqualTo(AsyncTaskStatus.DONE);
  }

  @Test
  void progress_refreshes_the_heartbeat() throws Exception {
    var reported = new CountDownLatch(1);
    var task = here.begin(SOURCE, AsyncTaskType.SCAN);
    here.execute(task, progress -> {
      clock.advance(Duration.ofSeconds(30));
      progress.accept(5_000);
      reported.countDown();
      return awaitRelease();
    });

    assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();

    var running = stored(task.id());
    assertThat(running.progress()).isEqualTo(5_000);
    assertThat(running.heartbeatAt()).isEqualTo(Fixture.T0.plusSeconds(30));
  }

  @Test
  void work_that_ends_after_a_sweep_failed_its_task_leaves_it_failed() throws Exception {
    var task = startBlockedWork();
    clock.advance(Duration.ofMinutes(2));
    // Another process that does not know this work sweeps the store.
    var sweeper = new AsyncRunner(store.asyncTasks(), store.ids(), clock, Runnable::run);
    assertThat(sweeper.failAbandoned()).containsExactly(task.id());

    here.beat();
    finishWork();

    var after = stored(task.id());
    assertThat(after.status()).isEqualTo(AsyncTaskStatus.FAILED);
    assertThat(after.errorMsg()).contains(AsyncRunner.INTERRUPTED);
  }

  private AsyncTask startBlockedWork() {
    var task = here.begin(SOURCE, AsyncTaskType.SCAN);
    here.execute(task, progress -> awaitRelease());
    return task;
  }

  private Either<String, AsyncRunner.Outcome> awaitRelease() {
    try {
      return release.await(10, TimeUnit.SECONDS)
          ? Either.right(new AsyncRunner.Outcome(OptionalLong.empty(), "done"))
          : Either.left("never released");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Either.left("interrupted");
    }
  }

  private void finishWork() throws InterruptedException {
    release.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private AsyncTask stored(AsyncTaskId id) {
    return store.asyncTasks().findById(SOURCE, id).get();
  }
}
