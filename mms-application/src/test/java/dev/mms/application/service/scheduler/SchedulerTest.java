package dev.mms.application.service.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.application.service.scheduler.ProbeEngine.Phase;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scheduler's own threads on one in-memory store, on the system clock. */
@Timeout(60)
class SchedulerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final SchedulerFixture fx = new SchedulerFixture(Map.of(ConfigItems.MOCK_DATABASES, "1",
      ConfigItems.MOCK_TABLES, "40", ConfigItems.MOCK_PARTITIONS, "3"));

  private Scheduler threaded(String process, int workers, Duration lease) {
    return new Scheduler(fx.ports(Clock.systemUTC(), List.of(fx.engine)), fx.rollUp,
        new SchedulerSettings(process, workers, workers, lease, Duration.ofMillis(5),
            SchedulerFixture.RETRY));
  }

  @Test
  void two_processes_of_several_workers_run_every_task_once_and_never_one_task_twice_at_once() {
    var tasks = fx.plan(fx.job());
    // A short pause in every phase keeps several tasks in flight at once.
    fx.engine.hook((phase, context) -> {
      LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
      return Optional.empty();
    });

    try (var first = threaded("p1", 3, Duration.ofSeconds(60));
        var second = threaded("p2", 3, Duration.ofSeconds(60))) {
      first.start();
      second.start();
      await(() -> tasks.stream().allMatch(t -> fx.stored(t).status() == TaskStatus.DONE));
    }

    assertThat(fx.engine.overlaps()).isZero();
    for (var task : tasks) {
      assertThat(fx.engine.runs(task.id(), Phase.DATA)).as("data runs of %s", task.id()).isEqualTo(1);
      assertThat(fx.logs(task)).filteredOn(l -> l.status() == TaskStatus.DONE).hasSize(1);
    }
  }

  @Test
  void stop_interrupts_a_stalled_phase_and_frees_its_worker() {
    fx.configure(ConfigItems.MOCK_STALL_RATE, "1");
    var stalled = fx.job();
    var task = fx.task(stalled, fx.table(0), fx.catalog.partitionsOf(fx.table(0)));

    try (var scheduler = threaded("p", 1, Duration.ofSeconds(60))) {
      scheduler.start();
      await(() -> fx.engine.running().contains(task.id()));
      fx.stop(stalled);
      await(() -> fx.engine.running().isEmpty());
      fx.configure(ConfigItems.MOCK_STALL_RATE, "0");
      var next = fx.task(fx.job(), fx.table(1), List.of());
      await(() -> fx.stored(next).status() == TaskStatus.DONE);
    }

    var stopped = fx.stored(task);
    assertThat(stopped.status()).isEqualTo(TaskStatus.SCHEMA_DOING);
    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.running()).isFalse();
  }

  @Test
  void close_interrupts_running_phases_and_gives_their_leases_back() {
    fx.configure(ConfigItems.MOCK_STALL_RATE, "1");
    var job = fx.job();
    var tasks = List.of(fx.task(job, fx.table(0), List.of()), fx.task(job, fx.table(1), List.of()));
    var scheduler = threaded("p", 2, Duration.ofSeconds(60));
    scheduler.start();
    await(() -> fx.engine.running().size() == 2);

    long began = System.nanoTime();
    scheduler.close();
    var took = Duration.ofNanos(System.nanoTime() - began);

    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(fx.engine.running()).isEmpty();
    for (var task : tasks) {
      var stored = fx.stored(task);
      assertThat(stored.status()).isEqualTo(TaskStatus.SCHEMA_DOING);
      assertThat(stored.running()).isFalse();
      assertThat(fx.logs(task)).extracting(TaskLog::action).contains("schema interrupted");
    }
  }

  @Test
  void the_lease_keeper_renews_leases_while_a_long_phase_runs() {
    var task = fx.task(fx.job(), fx.table(0), List.of());
    // The data phase outlasts several leases; without renewal the other process would take over.
    fx.engine.hook((phase, context) -> {
      if (phase == Phase.DATA) {
        LockSupport.parkNanos(Duration.ofMillis(2500).toNanos());
      }
      return Optional.empty();
    });

    try (var first = threaded("p1", 1, Duration.ofSeconds(1));
        var second = threaded("p2", 1, Duration.ofSeconds(1))) {
      first.start();
      second.start();
      await(() -> fx.stored(task).status() == TaskStatus.DONE);
    }

    assertThat(fx.engine.runs(task.id(), Phase.DATA)).isEqualTo(1);
    assertThat(fx.engine.overlaps()).isZero();
    assertThat(fx.logs(task)).extracting(TaskLog::action).doesNotContain("resume data");
  }

  @Test
  void a_started_scheduler_cannot_start_twice() {
    try (var scheduler = threaded("p", 1, Duration.ofSeconds(60))) {
      scheduler.start();

      assertThatThrownBy(scheduler::start)
          .isInstanceOf(IllegalStateException.class);
    }
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within %s", WAIT).isLessThan(deadline);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
