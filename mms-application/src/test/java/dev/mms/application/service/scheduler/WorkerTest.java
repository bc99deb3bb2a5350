package dev.mms.application.service.scheduler;

import static dev.mms.application.service.scheduler.Progress.ABANDONED;
import static dev.mms.application.service.scheduler.Progress.ADVANCED;
import static dev.mms.application.service.scheduler.Progress.CLAIMED;
import static dev.mms.application.service.scheduler.Progress.FINISHED;
import static dev.mms.application.service.scheduler.Progress.IDLE;
import static dev.mms.application.service.scheduler.Progress.RELEASED;
import static dev.mms.domain.task.TaskStatus.DATA_DOING;
import static dev.mms.domain.task.TaskStatus.DATA_DONE;
import static dev.mms.domain.task.TaskStatus.DATA_FAILED;
import static dev.mms.domain.task.TaskStatus.DONE;
import static dev.mms.domain.task.TaskStatus.SCHEMA_DOING;
import static dev.mms.domain.task.TaskStatus.SCHEMA_DONE;
import static dev.mms.domain.task.TaskStatus.SCHEMA_FAILED;
import static dev.mms.domain.task.TaskStatus.VERIFICATION_DOING;
import static dev.mms.domain.task.TaskStatus.VERIFICATION_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.service.scheduler.ProbeEngine.Phase;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkerTest {
  private final SchedulerFixture fx = new SchedulerFixture(Map.of(ConfigItems.MOCK_DATABASES, "1",
      ConfigItems.MOCK_TABLES, "3", ConfigItems.MOCK_PARTITIONS, "2"));
  private final Scheduler scheduler = fx.scheduler();

  @Test
  void a_task_moves_through_every_phase_to_done_one_phase_per_step() {
    var job = fx.job();
    var task = fx.task(job, fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler.newWorker("a");

    var progress = new ArrayList<Progress>();
    var statuses = new ArrayList<TaskStatus>();
    for (int i = 0; i < 6; i++) {
      progress.add(worker.step());
      statuses.add(fx.stored(task).status());
    }

    assertThat(progress).containsExactly(CLAIMED, ADVANCED, ADVANCED, ADVANCED, FINISHED, IDLE);
    assertThat(statuses).containsExactly(TaskStatus.INIT, SCHEMA_DOING, DATA_DOING,
        VERIFICATION_DOING, DONE, DONE);
    var done = fx.stored(task);
    assertThat(done.running()).isFalse();
    assertThat(done.startTime()).isPresent();
    assertThat(done.endTime()).isPresent();
    assertThat(fx.store.jobs().findById(job.sourceId(), job.id()).get().status()).isEqualTo(JobStatus.DONE);
  }

  @Test
  void every_transition_and_every_engine_step_leaves_a_log_row() {
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));

    scheduler.newWorker("a").runUntilIdle();

    var logs = fx.logs(task);
    assertThat(logs).extracting(TaskLog::status).containsExactly(
        SCHEMA_DOING, SCHEMA_DOING, SCHEMA_DONE,
        DATA_DOING, DATA_DOING, DATA_DOING, DATA_DONE,
        VERIFICATION_DOING, VERIFICATION_DOING, VERIFICATION_DOING, VERIFICATION_DONE,
        DONE);
    assertThat(logs.get(0).action()).isEqualTo("begin schema");
    assertThat(logs.get(0).msg()).isEqualTo("worker test/a");
    assertThat(logs.get(1).action()).startsWith("create table if not exists dst_db.mock_table_1 (");
    assertThat(logs.get(2)).extracting(TaskLog::action, TaskLog::msg).containsExactly("schema", "ok");
    assertThat(logs.get(4).action()).startsWith("insert overwrite table dst_db.mock_table_1 partition (ds='2024-01-01', hr=0)");
    assertThat(logs.get(4).msg()).startsWith("1000 rows");
    assertThat(logs.get(8).msg()).isEqualTo("source 1000, destination 1000");
    assertThat(logs.get(11)).extracting(TaskLog::action, TaskLog::msg).containsExactly("finish", "ok");
    assertThat(logs).extracting(l -> l.id().value()).isSorted();
  }

  @Test
  void a_job_without_data_migration_is_done_after_the_schema() {
    var task = fx.task(fx.job(SchedulerFixture.config(true, false, true), Optional.empty()),
        fx.table(0), fx.catalog.partitionsOf(fx.table(0)));

    scheduler.newWorker("a").runUntilIdle();

    assertThat(fx.stored(task).status()).isEqualTo(DONE);
    assertThat(fx.logs(task)).extracting(TaskLog::status)
        .containsExactly(SCHEMA_DOING, SCHEMA_DOING, SCHEMA_DONE, DONE);
    assertThat(fx.logs(task)).last().extracting(TaskLog::action).isEqualTo("data migration disabled for the job");
    assertThat(fx.engine.runs(task.id(), Phase.DATA)).isZero();
  }

  @Test
  void a_job_without_verification_is_done_after_the_data() {
    var task = fx.task(fx.job(SchedulerFixture.config(true, true, false), Optional.empty()),
        fx.table(0), fx.catalog.partitionsOf(fx.table(0)));

    scheduler.newWorker("a").runUntilIdle();

    assertThat(fx.stored(task).status()).isEqualTo(DONE);
    assertThat(fx.logs(task)).last().extracting(TaskLog::status, TaskLog::action)
        .containsExactly(DONE, "verification disabled for the job");
    assertThat(fx.engine.runs(task.id(), Phase.VERIFICATION)).isZero();
  }

  @Test
  void a_job_without_schema_migration_skips_the_ddl_but_passes_the_schema_states() {
    var task = fx.task(fx.job(SchedulerFixture.config(false, true, true), Optional.empty()),
        fx.table(0), fx.catalog.partitionsOf(fx.table(0)));

    scheduler.newWorker("a").runUntilIdle();

    assertThat(fx.stored(task).status()).isEqualTo(DONE);
    assertThat(fx.logs(task).get(1)).extracting(TaskLog::action, TaskLog::msg)
        .containsExactly("schema migration disabled for the job", "skipped");
    assertThat(fx.engine.runs(task.id(), Phase.SCHEMA)).isZero();
  }

  @Test
  void a_failed_phase_is_retried_automatically_after_a_growing_backoff() {
    fx.failEveryPhase();
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler.newWorker("a");

    var first = List.of(worker.step(), worker.step(), worker.step(), worker.step());
    var failed = fx.stored(task);
    fx.clock.advance(Duration.ofMillis(1999));
    var tooEarly = worker.step();
    fx.clock.advance(Duration.ofMillis(1));
    var retry = List.of(worker.step(), worker.step(), worker.step());

    assertThat(first).containsExactly(CLAIMED, ADVANCED, RELEASED, IDLE);
    assertThat(failed.status()).isEqualTo(SCHEMA_FAILED);
    assertThat(failed.running()).isFalse();
    assertThat(failed.nextAttemptAt()).contains(SchedulerFixture.START.plusSeconds(2));
    assertThat(tooEarly).isEqualTo(IDLE);
    assertThat(retry).containsExactly(CLAIMED, ADVANCED, RELEASED);
    var again = fx.stored(task);
    assertThat(again.retriedTimes()).isEqualTo(1);
    assertThat(again.nextAttemptAt()).contains(fx.clock.instant().plusSeconds(4));
    assertThat(fx.logs(task)).extracting(TaskLog::action).contains("automatic retry 1 of 3");
  }

  @Test
  void a_task_stays_failed_once_its_automatic_retries_are_spent() {
    fx.failEveryPhase();
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler.newWorker("a");

    for (int i = 0; i < 10; i++) {
      worker.runUntilIdle();
      fx.clock.advance(Duration.ofMinutes(10));
    }

    var failed = fx.stored(task);
    assertThat(failed.status()).isEqualTo(SCHEMA_FAILED);
    assertThat(failed.retriedTimes()).isEqualTo(3);
    assertThat(failed.nextAttemptAt()).isEmpty();
    assertThat(fx.engine.runs(task.id(), Phase.SCHEMA)).isEqualTo(4);
    assertThat(fx.logs(task)).last().extracting(TaskLog::msg).asString()
        .contains("MOCK failure injected").endsWith("(no automatic retry left: retry the task to run it again)");
    assertThat(fx.store.jobs().findById(task.sourceId(), task.jobId()).get().status()).isEqualTo(JobStatus.FAILED);
  }

  @Test
  void a_user_retry_after_the_budget_runs_the_phase_again() {
    fx.failEveryPhase();
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler.newWorker("a");
    for (int i = 0; i < 5; i++) {
      worker.runUntilIdle();
      fx.clock.advance(Duration.ofMinutes(10));
    }
    fx.failNothing();

    fx.store.tasks().update(fx.stored(task).retryByUser(fx.clock.instant()).get());
    worker.runUntilIdle();

    assertThat(fx.stored(task).status()).isEqualTo(DONE);
    assertThat(fx.stored(task).retriedTimes()).isEqualTo(4);
  }

  @Test
  void a_count_mismatch_is_retried_by_copying_again() {
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    fx.engine.hook((phase, context) -> phase == Phase.VERIFICATION && fx.engine.runs(task.id(), phase) == 1
        ? Optional.of(new PhaseOutcome.Failed(List.of(), "counts differ: source 10, destination 9"))
        : Optional.empty());
    var worker = scheduler.newWorker("a");

    worker.runUntilIdle();
    var mismatch = fx.stored(task);
    fx.clock.advance(Duration.ofSeconds(2));
    worker.runUntilIdle();

    assertThat(mismatch.status()).isEqualTo(TaskStatus.VERIFICATION_FAILED);
    assertThat(fx.stored(task).status()).isEqualTo(DONE);
    assertThat(fx.engine.runs(task.id(), Phase.DATA)).isEqualTo(2);
    assertThat(fx.logs(task)).extracting(TaskLog::status, TaskLog::action)
        .contains(tuple(DATA_DOING, "automatic retry 1 of 3"));
  }

  @Test
  void an_engine_that_throws_fails_the_phase_with_its_message() {
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    fx.engine.hook((phase, context) -> {
      if (phase == Phase.DATA) {
        throw new IllegalStateException("connection refused");
      }
      return Optional.empty();
    });

    scheduler.newWorker("a").runUntilIdle();

    assertThat(fx.stored(task).status()).isEqualTo(DATA_FAILED);
    assertThat(fx.logs(task)).last().extracting(TaskLog::msg).asString()
        .startsWith("IllegalStateException: connection refused (automatic retry 1 of 3 at ");
  }

  @Test
  void a_stopped_task_is_dropped_at_the_next_step_and_resumes_its_phase_after_start() {
    var job = fx.job();
    var task = fx.task(job, fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler.newWorker("a");
    worker.step();
    worker.step();
    int rowsBeforeStop = fx.logs(task).size();

    fx.stop(job);
    var afterStop = List.of(worker.step(), worker.step());

    assertThat(afterStop).containsExactly(ABANDONED, IDLE);
    var stopped = fx.stored(task);
    assertThat(stopped.status()).isEqualTo(SCHEMA_DOING);
    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.running()).isFalse();
    assertThat(fx.logs(task)).hasSize(rowsBeforeStop);
    assertThat(fx.engine.runs(task.id(), Phase.SCHEMA)).isZero();

    fx.start(job);
    var other = scheduler.newWorker("b");
    other.runUntilIdle();

    assertThat(fx.stored(task).status()).isEqualTo(DONE);
    assertThat(fx.logs(task).get(rowsBeforeStop)).extracting(TaskLog::status, TaskLog::action)
        .containsExactly(SCHEMA_DOING, "resume schema");
  }

  @Test
  void a_crashed_workers_task_is_taken_over_when_its_lease_expires_and_the_phase_reruns() {
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var crashed = scheduler.newWorker("crashed");
    crashed.step();
    crashed.step();
    crashed.step();
    var successor = scheduler.newWorker("successor");

    fx.clock.advance(Duration.ofSeconds(59));
    var whileLeased = successor.step();
    fx.clock.advance(Duration.ofSeconds(1));
    var afterExpiry = successor.step();
    successor.runUntilIdle();

    assertThat(whileLeased).isEqualTo(IDLE);
    assertThat(afterExpiry).isEqualTo(CLAIMED);
    assertThat(fx.stored(task).status()).isEqualTo(DONE);
    assertThat(fx.engine.runs(task.id(), Phase.DATA)).isEqualTo(1);
    assertThat(fx.logs(task)).extracting(TaskLog::action).contains("resume data");
  }

  @Test
  void a_stale_workers_write_is_refused_and_leaves_no_log_rows() {
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var stale = scheduler.newWorker("stale");
    var successor = scheduler.newWorker("successor");
    stale.step();
    stale.step();
    // While the stale worker's schema phase hangs, its lease lapses and the successor takes over.
    fx.engine.hook((phase, context) -> {
      if (context.task().lease().get().owner().equals(stale.owner())) {
        fx.clock.advance(Duration.ofSeconds(61));
        assertThat(successor.step()).isEqualTo(CLAIMED);
      }
      return Optional.empty();
    });
    int rowsBefore = fx.logs(task).size();

    var progress = stale.step();

    assertThat(progress).isEqualTo(ABANDONED);
    var stored = fx.stored(task);
    assertThat(stored.status()).isEqualTo(SCHEMA_DOING);
    assertThat(stored.lease().get().owner()).isEqualTo(successor.owner());
    assertThat(fx.logs(task)).hasSize(rowsBefore + 1);
    assertThat(fx.logs(task)).last().extracting(TaskLog::action).isEqualTo("resume schema");

    successor.runUntilIdle();
    assertThat(fx.stored(task).status()).isEqualTo(DONE);
  }

  @Test
  void a_worker_renews_its_lease_between_steps_once_half_of_it_has_run_out() {
    var task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler.newWorker("a");
    worker.step();
    fx.clock.advance(Duration.ofSeconds(29));
    worker.step();
    var notYet = fx.stored(task).lease().get().expiresAt();

    fx.clock.advance(Duration.ofSeconds(2));
    worker.step();
    var renewed = fx.stored(task).lease().get().expiresAt();
    fx.clock.advance(Duration.ofSeconds(40));

    assertThat(notYet).isEqualTo(SchedulerFixture.START.plusSeconds(60));
    assertThat(renewed).isEqualTo(SchedulerFixture.START.plusSeconds(91));
    assertThat(scheduler.newWorker("b").step()).isEqualTo(IDLE);
  }

  @Test
  void tasks_of_the_job_with_the_earliest_eta_are_claimed_first() {
    var noEta = fx.job();
    var later = fx.job(SchedulerFixture.config(true, true, true), Optional.of(new Eta(LocalDate.of(2025, 3, 1))));
    var sooner = fx.job(SchedulerFixture.config(true, true, true), Optional.of(new Eta(LocalDate.of(2025, 2, 1))));
    var tasks = List.of(fx.task(noEta, fx.table(0), List.of()), fx.task(later, fx.table(1), List.of()),
        fx.task(sooner, fx.table(2), List.of()));

    var claimedJobs = new ArrayList<Object>();
    for (var name : List.of("a", "b", "c")) {
      scheduler.newWorker(name).step();
      claimedJobs.add(tasks.stream().map(fx::stored)
          .filter(t -> t.lease().filter(l -> l.owner().equals("test/" + name)).isPresent())
          .map(Task::jobId).findFirst().orElseThrow());
    }

    assertThat(claimedJobs).containsExactly(sooner.id(), later.id(), noEta.id());
  }

  @Test
  void no_more_than_the_per_source_limit_of_tasks_run_at_once() {
    var limited = fx.scheduler(2);
    var job = fx.job();
    fx.plan(job);
    var a = limited.newWorker("a");
    var b = limited.newWorker("b");
    var c = limited.newWorker("c");

    var claims = List.of(a.step(), b.step(), c.step());
    while (a.step() != FINISHED) {
      assertThat(c.step()).isEqualTo(IDLE);
    }

    assertThat(claims).containsExactly(CLAIMED, CLAIMED, IDLE);
    assertThat(c.step()).isEqualTo(CLAIMED);
  }

  @Test
  void a_task_whose_table_is_gone_is_released_at_claim() {
    var task = fx.task(fx.job(), fx.table(0), List.of());
    fx.store.tables().deleteBySource(task.sourceId());

    var progress = scheduler.newWorker("a").step();

    assertThat(progress).isEqualTo(RELEASED);
    assertThat(fx.stored(task).running()).isFalse();
    assertThat(fx.stored(task).status()).isEqualTo(TaskStatus.INIT);
  }

  @Test
  void the_catalog_follows_the_tasks_as_they_run() {
    var job = fx.job();
    var table = fx.table(0);
    var parts = fx.catalog.partitionsOf(table);
    fx.task(job, table, parts.subList(0, 1));
    fx.task(job, table, parts.subList(1, 2));
    var worker = scheduler.newWorker("a");

    worker.step();
    worker.step();
    var whileFirstRuns = catalogStatuses(table);
    while (worker.step() != FINISHED) {
      assertThat(catalogStatuses(table).get(0)).isEqualTo(MigrationStatus.DOING);
    }
    var afterFirst = catalogStatuses(table);
    fx.failEveryPhase();
    worker.runUntilIdle();
    var afterSecondFailed = catalogStatuses(table);

    assertThat(whileFirstRuns).containsExactly(MigrationStatus.DOING, MigrationStatus.INIT,
        MigrationStatus.DOING, MigrationStatus.DOING);
    assertThat(afterFirst).containsExactly(MigrationStatus.DONE, MigrationStatus.INIT,
        MigrationStatus.PART_DONE, MigrationStatus.PART_DONE);
    assertThat(afterSecondFailed).containsExactly(MigrationStatus.DONE, MigrationStatus.FAILED,
        MigrationStatus.FAILED, MigrationStatus.FAILED);
  }

  /** The first two partitions of {@code table}, the table, and its database. */
  private List<MigrationStatus> catalogStatuses(Table table) {
    var partitions = fx.store.partitions().findByTable(table.id());
    return List.of(partitions.get(0).status(), partitions.get(1).status(),
        fx.store.tables().findById(table.sourceId(), table.id()).get().status(),
        fx.store.databases().findById(table.sourceId(), table.dbId()).get().status());
  }
}
