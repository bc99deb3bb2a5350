package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.T0;
import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.job;
import static dev.mms.application.port.out.contract.Fixtures.partition;
import static dev.mms.application.port.out.contract.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import dev.mms.application.port.out.ClaimRequest;
import dev.mms.application.port.out.LiveCoverage;
import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskEvent;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.mms.application.port.out.TaskRepository} does: fenced updates, the
 * tally kept in step, the list query, and claims that follow the scheduling rules and never hand
 * one task to two workers.
 */
public abstract class TaskRepositoryContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);
  private static final JobId J1 = new JobId(1);

  // ---- storing and fencing

  @Test
  void inserted_tasks_are_found_by_id_only_under_their_source() {
    stores.jobs().insert(job(1, 1).build());
    var t = task(1, 1, 1).partitions(3, 4).build();

    stores.tasks().insertAll(List.of(t));

    assertThat(stores.tasks().findById(S1, new TaskId(1)).toJavaOptional()).contains(t);
    assertThat(stores.tasks().findById(new SourceId(2), new TaskId(1)).isEmpty()).isTrue();
  }

  @Test
  void find_by_job_lists_its_tasks_in_id_order() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 1).build());
    stores.tasks().insertAll(List.of(task(3, 1, 1).build(), task(1, 1, 1).build(), task(2, 2, 1).build()));

    assertThat(stores.tasks().findByJob(J1)).extracting(t -> t.id().value()).containsExactly(1L, 3L);
  }

  @Test
  void the_version_of_a_task_is_read_only_under_its_source_and_follows_its_updates() {
    insertJobWith(task(1, 1, 1).build());
    var claimed = stores.tasks().findById(S1, new TaskId(1)).get().claim(lease("w"), T0).get();
    assertThat(stores.tasks().versionOf(S1, new TaskId(1)).toJavaOptional()).contains(0L);

    stores.tasks().update(claimed);

    assertThat(stores.tasks().versionOf(S1, new TaskId(1)).toJavaOptional()).contains(1L);
    assertThat(stores.tasks().versionOf(new SourceId(2), new TaskId(1)).isEmpty()).isTrue();
    assertThat(stores.tasks().versionOf(S1, new TaskId(9)).isEmpty()).isTrue();
  }

  @Test
  void update_stores_a_task_computed_from_the_stored_version() {
    insertJobWith(task(1, 1, 1).build());
    var next = stores.tasks().findById(S1, new TaskId(1)).get().claim(lease("w"), T0).get();

    var result = stores.tasks().update(next);

    assertThat(result.get()).isEqualTo(next);
    assertThat(stores.tasks().findById(S1, new TaskId(1)).get().version()).isEqualTo(1);
  }

  @Test
  void update_from_a_stale_version_is_a_conflict_and_changes_nothing() {
    insertJobWith(task(1, 1, 1).build());
    var base = stores.tasks().findById(S1, new TaskId(1)).get();
    var first = base.claim(lease("a"), T0).get();
    var second = base.claim(lease("b"), T0).get();

    stores.tasks().update(first);
    var result = stores.tasks().update(second);

    assertThat(result.getLeft()).isInstanceOf(Conflict.class);
    assertThat(stores.tasks().findById(S1, new TaskId(1)).get()).isEqualTo(first);
  }

  @Test
  void update_that_skips_a_version_is_a_conflict() {
    insertJobWith(task(1, 1, 1).build());
    var skipping = task(1, 1, 1).version(2).build();

    assertThat(stores.tasks().update(skipping).getLeft()).isInstanceOf(Conflict.class);
  }

  @Test
  void one_update_may_carry_several_commands_fenced_on_the_version_they_started_from() {
    insertJobWith(task(1, 1, 1).build());
    var base = stores.tasks().findById(S1, new TaskId(1)).get();
    var claimed = base.claim(lease("w"), T0).get();
    var begun = claimed.apply("w", TaskEvent.BEGIN_SCHEMA, T0).get();

    assertThat(stores.tasks().update(begun, base.version()).get()).isEqualTo(begun);
    assertThat(stores.tasks().findById(S1, new TaskId(1)).get()).isEqualTo(begun);
    assertThat(stores.tasks().update(begun.apply("w", TaskEvent.SCHEMA_OK, T0).get(), base.version())
        .getLeft()).isInstanceOf(Conflict.class);
    assertThat(stores.tasks().tallies(List.of(J1)).get(J1)).isEqualTo(TaskTally.of(List.of(TaskStatus.SCHEMA_DOING)));
  }

  @Test
  void an_update_over_a_version_not_below_its_own_is_refused_as_a_programming_error() {
    insertJobWith(task(1, 1, 1).build());
    var claimed = stores.tasks().findById(S1, new TaskId(1)).get().claim(lease("w"), T0).get();

    assertThatThrownBy(() -> stores.tasks().update(claimed, claimed.version()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void update_of_a_missing_task_is_a_conflict() {
    assertThat(stores.tasks().update(task(1, 1, 1).version(1).build()).getLeft()).isInstanceOf(Conflict.class);
  }

  // ---- tallies

  @Test
  void the_tally_equals_the_counts_of_the_tasks_after_every_kind_of_write() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).table(1, "a").build(),
        task(2, 1, 1).table(2, "b").status(TaskStatus.DATA_FAILED).build(),
        task(3, 1, 1).table(3, "c").status(TaskStatus.DONE).build()));
    assertTallyMatchesTasks(J1);

    var claimed = stores.tasks().claim(claimRequest("w", 1, 10)).get(0);
    assertTallyMatchesTasks(J1);

    stores.tasks().update(claimed.apply("w", TaskEvent.BEGIN_SCHEMA, T0).get());
    assertTallyMatchesTasks(J1);
    assertThat(tally(J1)).isEqualTo(new TaskTally(3, 0, 1, 1));

    stores.tasks().setStoppedByJob(J1, true);
    assertTallyMatchesTasks(J1);

    stores.tasks().insertAll(List.of(task(4, 1, 1).table(4, "d").build()));
    assertThat(tally(J1)).isEqualTo(new TaskTally(4, 1, 1, 1));

    stores.tasks().deleteByJob(J1);
    assertThat(tally(J1)).isEqualTo(TaskTally.EMPTY);
  }

  @Test
  void tallies_answer_every_job_asked_for() {
    insertJobWith(task(1, 1, 1).status(TaskStatus.DONE).build());

    var tallies = stores.tasks().tallies(List.of(J1, new JobId(2)));

    assertThat(tallies).isEqualTo(Map.of(J1, new TaskTally(1, 0, 1, 0), new JobId(2), TaskTally.EMPTY));
  }

  @Test
  void a_deleted_job_s_tally_goes_on_counting_its_tasks_still_stored() {
    insertJobWith(task(1, 1, 1).status(TaskStatus.DONE).build());

    stores.jobs().delete(J1);

    assertThat(tally(J1)).isEqualTo(new TaskTally(1, 0, 1, 0));
  }

  // ---- list query

  @Test
  void find_filters_by_job_id_and_job_name_part_ignoring_case() {
    stores.jobs().insert(job(1, 1).name("Nightly Sales").build());
    stores.jobs().insert(job(2, 1).name("hr").build());
    stores.tasks().insertAll(List.of(task(1, 1, 1).build(), task(2, 2, 1).build(), task(3, 1, 1).build()));

    assertThat(ids(new Query().job(2).build())).containsExactly(2L);
    assertThat(ids(new Query().jobName("SALES").build())).containsExactly(1L, 3L);
  }

  @Test
  void find_filters_by_exact_source_and_destination_names_and_status() {
    stores.jobs().insert(job(1, 1).db(1, "sales").dstDbName("dw").build());
    stores.jobs().insert(job(2, 1).db(2, "hr").build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).db(1, "sales").table(1, "orders").dst("dw", "orders_v2").build(),
        task(2, 1, 1).db(1, "sales").table(2, "users").dst("dw", "users").status(TaskStatus.DONE).build(),
        task(3, 2, 1).db(2, "hr").table(3, "people").build()));

    assertThat(ids(new Query().srcDbName("sales").build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().srcDbName("SALES").build())).isEmpty();
    assertThat(ids(new Query().srcTableName("orders").build())).containsExactly(1L);
    assertThat(ids(new Query().srcTableName("ORDERS").build())).isEmpty();
    assertThat(ids(new Query().dstDbName("dw").build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().dstTableName("orders_v2").build())).containsExactly(1L);
    assertThat(ids(new Query().status(TaskStatus.DONE).build())).containsExactly(2L);
  }

  @Test
  void find_selects_tasks_covering_a_partition_value() {
    stores.partitions().insertAll(List.of(
        partition(10, 1, 1, 1).value("ds", "2024-01-01").build(),
        partition(11, 1, 1, 1).value("ds", "2024-01-02").build(),
        partition(12, 1, 1, 2).value("ds", "2024-01-01").build()));
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).partitions(10, 11).build(),
        task(2, 1, 1).table(2, "t2").partitions(12).build(),
        task(3, 1, 1).partitions(11).build()));

    assertThat(ids(new Query().partition(PartitionSpec.of("ds", "2024-01-01")).build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().partition(PartitionSpec.of("ds", "2024-01-03")).build())).isEmpty();
  }

  @Test
  void find_sorts_by_start_time_with_tasks_not_started_last_in_both_directions() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).build(),
        task(2, 1, 1).status(TaskStatus.SCHEMA_DOING).startTime(at(20)).build(),
        task(3, 1, 1).status(TaskStatus.SCHEMA_DOING).startTime(at(10)).build(),
        task(4, 1, 1).status(TaskStatus.SCHEMA_DOING).startTime(at(20)).build()));

    assertThat(ids(new Query().sort(TaskQuery.Field.START_TIME, Direction.ASC).build())).containsExactly(3L, 2L, 4L, 1L);
    assertThat(ids(new Query().sort(TaskQuery.Field.START_TIME, Direction.DESC).build())).containsExactly(2L, 4L, 3L, 1L);
  }

  @Test
  void find_sorts_by_status_in_lifecycle_order() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).status(TaskStatus.DONE).build(),
        task(2, 1, 1).status(TaskStatus.DATA_FAILED).build(),
        task(3, 1, 1).build(),
        task(4, 1, 1).status(TaskStatus.SCHEMA_DONE).build()));

    assertThat(ids(new Query().sort(TaskQuery.Field.STATUS, Direction.ASC).build())).containsExactly(3L, 4L, 2L, 1L);
    assertThat(ids(new Query().sort(TaskQuery.Field.STATUS, Direction.DESC).build())).containsExactly(1L, 2L, 4L, 3L);
  }

  @Test
  void find_cuts_pages_and_counts_every_match_of_its_source_only() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 2).build());
    for (long id = 1; id <= 5; id++) {
      stores.tasks().insertAll(List.of(task(id, 1, 1).build()));
    }
    stores.tasks().insertAll(List.of(task(6, 2, 2).build()));

    var second = stores.tasks().find(new Query().page(page(2, 2)).build());
    var beyond = stores.tasks().find(new Query().page(page(4, 2)).build());

    assertThat(second.items()).extracting(t -> t.id().value()).containsExactly(3L, 4L);
    assertThat(second.total()).isEqualTo(5);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void the_total_counts_the_matches_by_job_id_name_database_names_and_status_after_every_kind_of_write() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 1).db(2, "db2").dstDbName("dst2").build());
    stores.jobs().insert(job(3, 2).db(2, "db2").build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).build(),
        task(2, 1, 1).table(2, "b").status(TaskStatus.DONE).build(),
        task(3, 1, 1).table(3, "c").status(TaskStatus.DATA_FAILED).build(),
        task(4, 2, 1).db(2, "db2").table(4, "d").dst("dst2", "d").status(TaskStatus.SCHEMA_DOING).build(),
        task(5, 3, 2).db(2, "db2").build()));
    assertTotalsCountTheMatches();

    var claimed = stores.tasks().claim(claimRequest("w", 1, 10)).get(0);
    stores.tasks().update(claimed.apply("w", TaskEvent.BEGIN_SCHEMA, T0).get()).get();
    assertTotalsCountTheMatches();

    stores.tasks().update(stores.tasks().findById(S1, new TaskId(3)).get().retryByUser(T0).get()).get();
    assertTotalsCountTheMatches();

    stores.tasks().insertAll(List.of(
        task(6, 2, 1).db(2, "db2").table(6, "f").dst("dst2", "f").status(TaskStatus.DONE).build()));
    assertTotalsCountTheMatches();

    stores.tasks().deleteByJob(new JobId(2));
    stores.jobs().delete(new JobId(2));
    assertTotalsCountTheMatches();

    stores.jobs().delete(J1);
    assertTotalsCountTheMatches();

    stores.tasks().deleteByJob(J1);
    assertTotalsCountTheMatches();

    stores.tasks().deleteBySource(new SourceId(2));
    stores.jobs().deleteBySource(new SourceId(2));
    assertTotalsCountTheMatches();
  }

  // ---- claims

  @Test
  void claim_leases_tasks_to_the_requester_and_bumps_their_version() {
    insertJobWith(task(1, 1, 1).build());

    var claimed = stores.tasks().claim(claimRequest("worker-1", 5, 5));

    assertThat(claimed).hasSize(1);
    var stored = stores.tasks().findById(S1, new TaskId(1)).get();
    assertThat(claimed.get(0)).isEqualTo(stored);
    assertThat(stored.lease()).contains(lease("worker-1"));
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void claim_orders_by_job_eta_with_no_eta_last_then_job_id_then_task_id() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 1).eta("2025-06-01").build());
    stores.jobs().insert(job(3, 1).eta("2025-02-01").build());
    stores.jobs().insert(job(4, 1).eta("2025-06-01").build());
    stores.tasks().insertAll(List.of(
        onOwnTable(task(1, 1, 1)), onOwnTable(task(2, 2, 1)), onOwnTable(task(3, 3, 1)),
        onOwnTable(task(6, 4, 1)), onOwnTable(task(5, 4, 1)), onOwnTable(task(4, 2, 1))));

    var claimed = stores.tasks().claim(claimRequest("w", 10, 10));

    assertThat(claimed).extracting(t -> t.id().value()).containsExactly(3L, 2L, 4L, 5L, 6L, 1L);
  }

  @Test
  void claim_takes_at_most_max_tasks_in_claim_order() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(onOwnTable(task(1, 1, 1)), onOwnTable(task(2, 1, 1)), onOwnTable(task(3, 1, 1))));

    assertThat(stores.tasks().claim(claimRequest("a", 2, 10))).extracting(t -> t.id().value()).containsExactly(1L, 2L);
    assertThat(stores.tasks().claim(claimRequest("b", 2, 10))).extracting(t -> t.id().value()).containsExactly(3L);
    assertThat(stores.tasks().claim(claimRequest("c", 2, 10))).isEmpty();
  }

  @Test
  void claim_skips_stopped_done_and_failed_tasks_without_a_due_retry() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        onOwnTable(task(1, 1, 1).stopped(true)),
        onOwnTable(task(2, 1, 1).status(TaskStatus.DONE)),
        onOwnTable(task(3, 1, 1).status(TaskStatus.DATA_FAILED)),
        onOwnTable(task(4, 1, 1).status(TaskStatus.DATA_FAILED).retryDueAt(at(30))),
        onOwnTable(task(5, 1, 1).status(TaskStatus.DATA_FAILED).retryDueAt(T0)),
        onOwnTable(task(6, 1, 1).status(TaskStatus.SCHEMA_FAILED).retryDueAt(at(-5)))));

    var claimed = stores.tasks().claim(claimRequest("w", 10, 10));

    assertThat(claimed).extracting(t -> t.id().value()).containsExactly(5L, 6L);
  }

  @Test
  void claim_skips_every_task_of_a_stopped_job_and_of_a_deleted_job() {
    stores.jobs().insert(job(1, 1).stopped(true).build());
    stores.jobs().insert(job(2, 1).build());
    stores.tasks().insertAll(List.of(onOwnTable(task(1, 1, 1)), onOwnTable(task(2, 2, 1))));
    stores.jobs().delete(new JobId(2));

    assertThat(stores.tasks().claim(claimRequest("w", 10, 10))).isEmpty();
  }

  @Test
  void claim_skips_a_live_lease_and_takes_back_an_expired_one() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        onOwnTable(task(1, 1, 1).status(TaskStatus.DATA_DOING).lease("other", at(1))),
        onOwnTable(task(2, 1, 1).status(TaskStatus.DATA_DOING).lease("crashed", T0))));

    var claimed = stores.tasks().claim(claimRequest("w", 10, 10));

    assertThat(claimed).extracting(t -> t.id().value()).containsExactly(2L);
    assertThat(claimed.get(0).lease()).contains(lease("w"));
    assertThat(claimed.get(0).status()).isEqualTo(TaskStatus.DATA_DOING);
  }

  @Test
  void claim_counts_live_leases_of_anyone_against_the_per_source_limit() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 2).build());
    stores.tasks().insertAll(List.of(
        onOwnTable(task(1, 1, 1).status(TaskStatus.DATA_DOING).lease("other", at(30))),
        onOwnTable(task(2, 1, 1).status(TaskStatus.DATA_DOING).lease("expired", T0)),
        onOwnTable(task(3, 1, 1)),
        onOwnTable(task(4, 1, 1)),
        onOwnTable(task(5, 2, 2)),
        onOwnTable(task(6, 2, 2))));

    var claimed = stores.tasks().claim(claimRequest("w", 10, 2));

    assertThat(claimed).extracting(t -> t.id().value()).containsExactly(2L, 5L, 6L);
  }

  @Test
  void claim_never_leases_two_tasks_of_one_destination_while_one_may_run_ddl() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).dst("dst", "orders").build(),
        task(2, 1, 1).dst("dst", "orders").build(),
        task(3, 1, 1).dst("dst", "other").build()));

    var first = stores.tasks().claim(claimRequest("a", 10, 10));
    var second = stores.tasks().claim(claimRequest("b", 10, 10));

    assertThat(first).extracting(t -> t.id().value()).containsExactly(1L, 3L);
    assertThat(second).isEmpty();
  }

  @Test
  void claim_blocks_a_schema_phase_beside_a_live_data_phase_and_the_reverse() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).dst("dst", "a").status(TaskStatus.DATA_DOING).lease("other", at(30)).build(),
        task(2, 1, 1).dst("dst", "a").status(TaskStatus.SCHEMA_FAILED).retryDueAt(T0).build(),
        task(3, 1, 1).dst("dst", "b").status(TaskStatus.SCHEMA_DOING).lease("other", at(30)).build(),
        task(4, 1, 1).dst("dst", "b").status(TaskStatus.DATA_DONE).build()));

    assertThat(stores.tasks().claim(claimRequest("w", 10, 10))).isEmpty();
  }

  @Test
  void claim_lets_data_phases_of_one_destination_run_side_by_side() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).dst("dst", "a").status(TaskStatus.DATA_DOING).lease("other", at(30)).build(),
        task(2, 1, 1).dst("dst", "a").status(TaskStatus.SCHEMA_DONE).build(),
        task(3, 1, 1).dst("dst", "a").status(TaskStatus.DATA_DONE).build(),
        task(4, 1, 1).dst("dst", "a").status(TaskStatus.VERIFICATION_FAILED).retryDueAt(T0).build()));

    assertThat(stores.tasks().claim(claimRequest("w", 10, 10))).extracting(t -> t.id().value())
        .containsExactly(3L, 4L);
  }

  @Test
  void an_expired_lease_taken_back_holds_the_destination_against_a_ddl_task() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).dst("dst", "a").status(TaskStatus.DATA_DOING).lease("crashed", T0).build(),
        task(2, 1, 1).dst("dst", "a").build()));

    var claimed = stores.tasks().claim(claimRequest("w", 1, 10));
    var next = stores.tasks().claim(claimRequest("w", 1, 10));

    assertThat(claimed).extracting(t -> t.id().value()).containsExactly(1L);
    assertThat(next).isEmpty();
  }

  @Test
  void many_workers_claiming_at_once_never_hold_one_task_twice() throws Exception {
    int taskCount = 300;
    int workers = 6;
    stores.jobs().insert(job(1, 1).build());
    var batch = new ArrayList<Task>();
    for (long id = 1; id <= taskCount; id++) {
      batch.add(onOwnTable(task(id, 1, 1)));
    }
    stores.tasks().insertAll(batch);
    Set<TaskId> held = ConcurrentHashMap.newKeySet();
    var violations = new ConcurrentLinkedQueue<String>();
    var completed = new AtomicInteger();
    var start = new CountDownLatch(1);
    var threads = new ArrayList<Thread>();
    for (int w = 0; w < workers; w++) {
      var owner = "worker-" + w;
      var thread = new Thread(() -> {
        awaitQuietly(start);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
          while (completed.get() < taskCount && System.nanoTime() < deadline) {
            for (var t : stores.tasks().claim(new ClaimRequest(owner, T0, at(3600), 3, 1000))) {
              if (!held.add(t.id())) {
                violations.add("task " + t.id() + " leased twice at once");
              }
              workOn(t, owner, held, violations, completed);
            }
          }
        } catch (RuntimeException e) {
          violations.add(owner + " failed: " + e);
        }
      });
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }

    start.countDown();
    long joinDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
    for (var thread : threads) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinDeadline - System.nanoTime())));
    }

    assertThat(violations).isEmpty();
    assertThat(completed.get()).isEqualTo(taskCount);
    assertThat(stores.tasks().findByJob(J1)).allMatch(t -> t.status() == TaskStatus.DONE && t.lease().isEmpty());
    assertThat(tally(J1)).isEqualTo(new TaskTally(taskCount, 0, taskCount, 0));
  }

  @Test
  void claims_stay_quick_over_twenty_thousand_tasks_of_one_job() {
    stores.jobs().insert(job(1, 1).build());
    var batch = new ArrayList<Task>();
    for (long id = 1; id <= 20_000; id++) {
      var builder = task(id, 1, 1).table(id, "t" + id);
      batch.add((id <= 19_000 ? builder.status(TaskStatus.DONE) : builder).build());
    }

    stores.tasks().insertAll(batch);

    assertThat(stores.tasks().findByJob(J1)).hasSize(20_000);
    assertThat(tally(J1)).isEqualTo(new TaskTally(20_000, 1_000, 19_000, 0));
    assertTimeout(Duration.ofSeconds(20), () -> {
      int claimed = 0;
      for (int round = 0; round < 200; round++) {
        claimed += stores.tasks().claim(new ClaimRequest("w" + round, T0, at(60), 5, 10_000)).size();
      }
      assertThat(claimed).isEqualTo(1_000);
    });
  }

  // ---- coverage, stop, delete

  @Test
  void live_coverage_names_partitions_and_whole_tables_of_live_tasks_in_the_database() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 1).db(2, "db2").build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).table(1, "p").partitions(10, 11).build(),
        task(2, 1, 1).table(2, "flat").status(TaskStatus.DATA_FAILED).build(),
        task(3, 1, 1).table(1, "p").partitions(12).status(TaskStatus.DONE).build(),
        task(4, 2, 1).db(2, "db2").table(3, "elsewhere").build()));

    var coverage = stores.tasks().liveCoverage(new DatabaseId(1));

    assertThat(coverage).isEqualTo(new LiveCoverage(
        Map.of(new PartitionId(10), new TaskId(1), new PartitionId(11), new TaskId(1)),
        Map.of(new TableId(2), new TaskId(2))));
    assertThat(stores.tasks().liveCoverage(new DatabaseId(9))).isEqualTo(LiveCoverage.NONE);
  }

  @Test
  void stopping_a_job_stops_its_tasks_drops_their_leases_and_bumps_their_versions() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).status(TaskStatus.DATA_DOING).lease("w", at(30)).version(4).build(),
        task(2, 1, 1).stopped(true).version(2).build(),
        task(3, 1, 1).status(TaskStatus.DONE).build()));

    int changed = stores.tasks().setStoppedByJob(J1, true);

    assertThat(changed).isEqualTo(2);
    var tasks = stores.tasks().findByJob(J1);
    assertThat(tasks).allMatch(t -> t.stopped() && t.lease().isEmpty());
    assertThat(tasks).extracting(Task::version).containsExactly(5L, 2L, 1L);
    assertThat(tasks).extracting(Task::status).containsExactly(TaskStatus.DATA_DOING, TaskStatus.INIT, TaskStatus.DONE);
    assertThat(stores.tasks().setStoppedByJob(J1, true)).isZero();
  }

  @Test
  void a_write_computed_before_a_stop_loses_to_it() {
    insertJobWith(task(1, 1, 1).build());
    var running = stores.tasks().claim(claimRequest("w", 1, 1)).get(0);
    var next = running.apply("w", TaskEvent.BEGIN_SCHEMA, T0).get();

    stores.tasks().setStoppedByJob(J1, true);

    assertThat(stores.tasks().update(next).getLeft()).isInstanceOf(Conflict.class);
    assertThat(stores.tasks().findById(S1, new TaskId(1)).get().status()).isEqualTo(TaskStatus.INIT);
  }

  @Test
  void stopped_tasks_are_not_claimed_until_resumed() {
    insertJobWith(task(1, 1, 1).build());
    stores.tasks().setStoppedByJob(J1, true);
    assertThat(stores.tasks().claim(claimRequest("w", 1, 1))).isEmpty();

    int resumed = stores.tasks().setStoppedByJob(J1, false);

    assertThat(resumed).isEqualTo(1);
    assertThat(stores.tasks().findById(S1, new TaskId(1)).get().version()).isEqualTo(2);
    assertThat(stores.tasks().claim(claimRequest("w", 1, 1))).hasSize(1);
  }

  @Test
  void delete_by_job_and_by_source_remove_only_those_tasks() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 1).build());
    stores.jobs().insert(job(3, 2).build());
    stores.tasks().insertAll(List.of(task(1, 1, 1).build(), task(2, 2, 1).build(), task(3, 3, 2).build()));

    stores.tasks().deleteByJob(J1);
    assertThat(stores.tasks().findByJob(J1)).isEmpty();
    assertThat(stores.tasks().findByJob(new JobId(2))).hasSize(1);

    stores.tasks().deleteBySource(S1);
    assertThat(stores.tasks().findByJob(new JobId(2))).isEmpty();
    assertThat(stores.tasks().findByJob(new JobId(3))).hasSize(1);
    assertThat(tally(new JobId(2))).isEqualTo(TaskTally.EMPTY);
  }

  // ---- helpers

  private void workOn(Task claimed, String owner, Set<TaskId> held, ConcurrentLinkedQueue<String> violations,
      AtomicInteger completed) {
    var random = ThreadLocalRandom.current();
    if (random.nextInt(4) == 0) {
      held.remove(claimed.id());
      write(claimed.release(owner).get(), violations);
      return;
    }
    var schema = write(claimed.apply(owner, TaskEvent.BEGIN_SCHEMA, T0).get(), violations);
    var schemaDone = write(schema.apply(owner, TaskEvent.SCHEMA_OK, T0).get(), violations);
    held.remove(claimed.id());
    write(schemaDone.apply(owner, TaskEvent.DATA_DISABLED, T0).get(), violations);
    completed.incrementAndGet();
  }

  private Task write(Task next, ConcurrentLinkedQueue<String> violations) {
    var result = stores.tasks().update(next);
    if (result.isLeft()) {
      violations.add("write of a held task lost: " + result.getLeft().message());
    }
    return next;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void insertJobWith(Task task) {
    stores.jobs().insert(job(task.jobId().value(), task.sourceId().value()).build());
    stores.tasks().insertAll(List.of(task));
  }

  /** A task on a destination table of its own, so that the DDL rule does not hold it back. */
  private static Task onOwnTable(Fixtures.TaskBuilder builder) {
    var t = builder.build();
    return builder.dst("dst", "t" + t.id()).build();
  }

  private static ClaimRequest claimRequest(String owner, int max, int perSourceLimit) {
    return new ClaimRequest(owner, T0, at(60), max, perSourceLimit);
  }

  private static Lease lease(String owner) {
    return new Lease(owner, at(60));
  }

  private TaskTally tally(JobId jobId) {
    return stores.tasks().tallies(List.of(jobId)).get(jobId);
  }

  private void assertTallyMatchesTasks(JobId jobId) {
    var statuses = stores.tasks().findByJob(jobId).stream().map(Task::status).toList();
    assertThat(tally(jobId)).isEqualTo(TaskTally.of(statuses));
    assertThat(stores.jobs().findById(S1, jobId).get().tally()).isEqualTo(TaskTally.of(statuses));
  }

  /**
   * Every list of a source by job, by a part of the job's name in any case, by source and
   * destination database names and by status, each or none, has a total equal to the tasks of
   * jobs 1 to 3 it matches, and lists them all.
   */
  private void assertTotalsCountTheMatches() {
    var stored = new ArrayList<Task>();
    var jobNames = new HashMap<JobId, String>();
    for (long job = 1; job <= 3; job++) {
      var id = new JobId(job);
      stored.addAll(stores.tasks().findByJob(id));
      for (long source = 1; source <= 2; source++) {
        stores.jobs().findById(new SourceId(source), id).forEach(j -> jobNames.put(id, j.job().name().value()));
      }
    }
    var namesOrNone = List.of(Optional.<String>empty(), Optional.of("JOB-1"), Optional.of("job-"),
        Optional.of("none"));
    for (long source = 1; source <= 2; source++) {
      for (long job = 0; job <= 3; job++) {
        for (var name : namesOrNone) {
          for (var dbNames : DB_NAMES_OR_NONE) {
            for (var status : statusesOrNone()) {
              var query = new Query().source(source);
              if (job > 0) {
                query.job(job);
              }
              name.ifPresent(query::jobName);
              dbNames.src().ifPresent(query::srcDbName);
              dbNames.dst().ifPresent(query::dstDbName);
              status.ifPresent(query::status);
              var expected = matches(stored, jobNames, query.build());
              var all = stores.tasks().find(query.build());
              var first = stores.tasks().find(query.page(page(1, 1)).build());
              assertThat(all.total()).as("%s", query.build()).isEqualTo(expected);
              assertThat(all.items()).hasSize((int) expected);
              assertThat(first.total()).as("%s", query.build()).isEqualTo(expected);
            }
          }
        }
      }
    }
  }

  private static long matches(List<Task> tasks, Map<JobId, String> jobNames, TaskQuery query) {
    return tasks.stream()
        .filter(t -> t.sourceId().equals(query.sourceId()))
        .filter(t -> query.jobId().map(t.jobId()::equals).orElse(true))
        .filter(t -> query.jobName().map(part -> Optional.ofNullable(jobNames.get(t.jobId()))
            .filter(name -> name.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)))
            .isPresent()).orElse(true))
        .filter(t -> query.srcDbName().map(t.srcDbName().value()::equals).orElse(true))
        .filter(t -> query.dstDbName().map(t.dstDbName()::equals).orElse(true))
        .filter(t -> query.status().map(t.status()::equals).orElse(true))
        .count();
  }

  /** A list's source and destination database names, each or none. */
  private record DbNames(Optional<String> src, Optional<String> dst) {}

  private static final List<DbNames> DB_NAMES_OR_NONE = List.of(
      new DbNames(Optional.empty(), Optional.empty()),
      new DbNames(Optional.of("db2"), Optional.empty()),
      new DbNames(Optional.empty(), Optional.of("dst")),
      new DbNames(Optional.of("db2"), Optional.of("dst2")),
      new DbNames(Optional.of("DB1"), Optional.empty()));

  private static List<Optional<TaskStatus>> statusesOrNone() {
    var statuses = new ArrayList<Optional<TaskStatus>>();
    statuses.add(Optional.empty());
    for (var status : TaskStatus.values()) {
      statuses.add(Optional.of(status));
    }
    return statuses;
  }

  private List<Long> ids(TaskQuery query) {
    return stores.tasks().find(query).items().stream().map(t -> t.id().value()).toList();
  }

  /** A query of source 1, unless told another, with no filter, narrowed step by step. */
  private static final class Query {
    private SourceId sourceId = S1;
    private Optional<JobId> jobId = Optional.empty();
    private Optional<String> jobName = Optional.empty();
    private Optional<String> srcDbName = Optional.empty();
    private Optional<String> srcTableName = Optional.empty();
    private Optional<String> dstDbName = Optional.empty();
    private Optional<String> dstTableName = Optional.empty();
    private Optional<TaskStatus> status = Optional.empty();
    private Optional<PartitionSpec> partition = Optional.empty();
    private final List<Sort<TaskQuery.Field>> sorts = new ArrayList<>();
    private PageRequest page = PageRequest.ALL;

    Query source(long v) {
      sourceId = new SourceId(v);
      return this;
    }

    Query job(long v) {
      jobId = Optional.of(new JobId(v));
      return this;
    }

    Query jobName(String v) {
      jobName = Optional.of(v);
      return this;
    }

    Query srcDbName(String v) {
      srcDbName = Optional.of(v);
      return this;
    }

    Query srcTableName(String v) {
      srcTableName = Optional.of(v);
      return this;
    }

    Query dstDbName(String v) {
      dstDbName = Optional.of(v);
      return this;
    }

    Query dstTableName(String v) {
      dstTableName = Optional.of(v);
      return this;
    }

    Query status(TaskStatus v) {
      status = Optional.of(v);
      return this;
    }

    Query partition(PartitionSpec v) {
      partition = Optional.of(v);
      return this;
    }

    Query sort(TaskQuery.Field field, Direction direction) {
      sorts.add(new Sort<>(field, direction));
      return this;
    }

    Query page(PageRequest v) {
      page = v;
      return this;
    }

    TaskQuery build() {
      return new TaskQuery(sourceId, jobId, jobName, srcDbName, srcTableName, dstDbName, dstTableName,
          status, partition, sorts, page);
    }
  }
}
