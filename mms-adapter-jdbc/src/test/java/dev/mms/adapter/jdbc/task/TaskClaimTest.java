package dev.mms.adapter.jdbc.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.Fixtures;
import dev.mms.adapter.jdbc.store.JdbcStore;
import dev.mms.adapter.jdbc.store.Phases;
import dev.mms.adapter.jdbc.store.TestDatabases;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.ClaimRequest;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.job.Job;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskClaimTest {
  static final Instant NOW = Fixtures.T0.plusSeconds(3600);

  static ClaimRequest request(String owner, Instant now, int max, int perSource) {
    return new ClaimRequest(owner, now, now.plusSeconds(60), max, perSource);
  }

  static Job job(JdbcStore store, Optional<LocalDate> eta) {
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), eta);
    store.jobs().insert(job);
    return job;
  }

  static Job jobOf(JdbcStore store, Job sameSource, Optional<LocalDate> eta) {
    var job = Fixtures.job(store.ids(), sameSource.sourceId(), eta);
    store.jobs().insert(job);
    return job;
  }

  static Task with(Task t, TaskStatus status, Optional<Instant> nextAttempt) {
    return new Task(t.id(), t.jobId(), t.sourceId(), t.dbId(), t.tableId(), t.srcDbName(),
        t.srcTableName(), t.dstDbName(), t.dstTableName(), t.type(), t.partitions(), status,
        Optional.empty(), false, 0, 0, nextAttempt, 0, t.createTime(), Optional.empty(),
        Optional.empty());
  }

  static List<TaskId> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).toList();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void claims_follow_job_eta_with_jobs_without_one_last_then_job_id_then_task_id(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var noEta = job(store, Optional.empty());
    var late = jobOf(store, noEta, Optional.of(LocalDate.of(2025, 5, 1)));
    var early = jobOf(store, noEta, Optional.of(LocalDate.of(2025, 4, 1)));
    var a = Fixtures.task(store.ids(), noEta, "a", List.of());
    var b = Fixtures.task(store.ids(), late, "b", List.of());
    var c1 = Fixtures.task(store.ids(), early, "c1", List.of());
    var c2 = Fixtures.task(store.ids(), early, "c2", List.of());
    store.tasks().insertAll(List.of(c2, a, b, c1));

    var claimed = store.tasks().claim(request("w", NOW, 10, 10));

    assertThat(ids(claimed)).containsExactly(c1.id(), c2.id(), b.id(), a.id());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_claimed_task_carries_the_lease_a_new_version_and_its_partitions(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store, Optional.empty());
    var task = Fixtures.task(store.ids(), job, "t", List.of(new PartitionId(9), new PartitionId(3)));
    store.tasks().insertAll(List.of(task));

    var claimed = store.tasks().claim(request("w1", NOW, 1, 1));

    assertThat(claimed).containsExactly(task.claim(new Lease("w1", NOW.plusSeconds(60)), NOW).get());
    assertThat(store.tasks().findById(job.sourceId(), task.id())).contains(claimed.get(0));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void the_per_source_limit_counts_leases_already_held_by_anyone(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store, Optional.empty());
    var other = job(store, Optional.empty());
    var tasks = List.of("t1", "t2", "t3", "t4", "t5").stream()
        .map(n -> Fixtures.task(store.ids(), job, n, List.of())).toList();
    store.tasks().insertAll(tasks);
    store.tasks().insertAll(List.of(Fixtures.task(store.ids(), other, "o1", List.of())));

    var first = store.tasks().claim(request("w1", NOW, 2, 3));
    var second = store.tasks().claim(request("w2", NOW, 5, 3));

    assertThat(first).hasSize(2);
    assertThat(second).extracting(Task::sourceId).containsOnlyOnce(job.sourceId(), other.sourceId());
    assertThat(second).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void ddl_on_a_destination_table_is_never_leased_twice(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store, Optional.empty());
    var first = Fixtures.task(store.ids(), job, "shared", List.of());
    var second = Fixtures.task(store.ids(), job, "shared", List.of());
    store.tasks().insertAll(List.of(first, second));

    var claimed = store.tasks().claim(request("w1", NOW, 5, 5));
    var again = store.tasks().claim(request("w2", NOW, 5, 5));
    var inData = Phases.step(store.tasks(), claimed.get(0), "w1", NOW)
        .flatMap(t -> Phases.step(store.tasks(), t, "w1", NOW))
        .flatMap(t -> Phases.step(store.tasks(), t, "w1", NOW)).get();
    var whileData = store.tasks().claim(request("w2", NOW, 5, 5));

    assertThat(ids(claimed)).containsExactly(first.id());
    assertThat(again).isEmpty();
    assertThat(inData.status()).isEqualTo(TaskStatus.DATA_DOING);
    assertThat(whileData).as("an INIT task still needs DDL").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tasks_past_their_ddl_share_a_destination_table(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store, Optional.empty());
    var first = with(Fixtures.task(store.ids(), job, "shared", List.of()), TaskStatus.DATA_DONE, Optional.empty());
    var second = with(Fixtures.task(store.ids(), job, "shared", List.of()), TaskStatus.DATA_DOING, Optional.empty());
    var ddl = Fixtures.task(store.ids(), job, "shared", List.of());
    store.tasks().insertAll(List.of(first, second, ddl));

    var claimed = store.tasks().claim(request("w1", NOW, 5, 5));

    assertThat(ids(claimed)).containsExactly(first.id(), second.id());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_failed_task_is_claimed_only_once_its_automatic_retry_is_due(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store, Optional.empty());
    var due = with(Fixtures.task(store.ids(), job, "a", List.of()), TaskStatus.DATA_FAILED,
        Optional.of(NOW.plusSeconds(30)));
    var waitingForUser = with(Fixtures.task(store.ids(), job, "b", List.of()),
        TaskStatus.SCHEMA_FAILED, Optional.empty());
    store.tasks().insertAll(List.of(due, waitingForUser));

    var early = store.tasks().claim(request("w", NOW, 5, 5));
    var later = store.tasks().claim(request("w", NOW.plusSeconds(30), 5, 5));

    assertThat(early).isEmpty();
    assertThat(ids(later)).containsExactly(due.id());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void stopped_and_done_tasks_are_not_claimed(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store, Optional.empty());
    var stopped = job(store, Optional.empty());
    var done = with(Fixtures.task(store.ids(), job, "a", List.of()), TaskStatus.DONE, Optional.empty());
    store.tasks().insertAll(List.of(done, Fixtures.task(store.ids(), stopped, "b", List.of())));
    store.tasks().setStoppedByJob(stopped.id(), true);

    assertThat(store.tasks().claim(request("w", NOW, 5, 5))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void an_expired_lease_is_claimed_again_and_its_old_holder_loses_the_next_write(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store, Optional.empty());
    var task = Fixtures.task(store.ids(), job, "a", List.of());
    store.tasks().insertAll(List.of(task));
    var held = store.tasks().claim(request("w1", NOW, 1, 1)).get(0);

    var stillLive = store.tasks().claim(request("w2", NOW.plusSeconds(59), 1, 1));
    var taken = store.tasks().claim(request("w2", NOW.plusSeconds(60), 1, 1));
    var lateWrite = Phases.step(store.tasks(), held, "w1", NOW.plusSeconds(61));

    assertThat(stillLive).isEmpty();
    assertThat(taken).extracting(t -> t.lease().get().owner()).containsExactly("w2");
    assertThat(lateWrite.getLeft()).isInstanceOf(Conflict.class);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_claim_looks_past_candidates_it_must_skip(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var busy = job(store, Optional.of(LocalDate.of(2025, 1, 1)));
    var free = job(store, Optional.of(LocalDate.of(2025, 12, 1)));
    var blocked = java.util.stream.IntStream.range(0, 300)
        .mapToObj(i -> Fixtures.task(store.ids(), busy, "busy", List.of())).toList();
    store.tasks().insertAll(blocked);
    var target = Fixtures.task(store.ids(), free, "free", List.of());
    store.tasks().insertAll(List.of(target));

    var claimed = store.tasks().claim(request("w", NOW, 2, 5));

    assertThat(ids(claimed)).containsExactly(blocked.get(0).id(), target.id());
  }
}
