package dev.mms.adapter.jdbc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.jdbc.store.Fixtures;
import dev.mms.adapter.jdbc.store.JdbcStore;
import dev.mms.adapter.jdbc.store.Phases;
import dev.mms.adapter.jdbc.store.TestDatabases;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.ClaimRequest;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.JobQuery;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskRepositoryTest {
  static final Instant NOW = Fixtures.T0.plusSeconds(3600);

  static Job job(JdbcStore store) {
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
    store.jobs().insert(job);
    return job;
  }

  static Task claimOnly(JdbcStore store, Task task, String owner) {
    var claimed = store.tasks().claim(new ClaimRequest(owner, NOW, NOW.plusSeconds(60), 100, 100));
    return claimed.stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow();
  }

  static JobQuery jobs(Job job, Optional<JobStatus> status, List<Sort<JobQuery.Field>> sorts, PageRequest page) {
    return new JobQuery(job.sourceId(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), status, Optional.empty(), Optional.empty(), sorts, page);
  }

  static TaskQuery tasksOf(Job job, Optional<PartitionSpec> partition) {
    return new TaskQuery(job.sourceId(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), partition, List.of(),
        PageRequest.ALL);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void an_update_is_stored_only_over_the_version_it_was_computed_from(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    var task = Fixtures.task(store.ids(), job, "t", List.of());
    store.tasks().insertAll(List.of(task));
    var held = claimOnly(store, task, "w");

    var started = Phases.step(store.tasks(), held, "w", NOW);
    var replayed = Phases.step(store.tasks(), held, "w", NOW);

    assertThat(started.get().status()).isEqualTo(TaskStatus.SCHEMA_DOING);
    assertThat(replayed.getLeft()).isInstanceOf(Conflict.class);
    assertThat(replayed.getLeft().message()).contains("version " + started.get().version());
    assertThat(store.tasks().findById(job.sourceId(), task.id())).contains(started.get());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void stopping_a_job_drops_leases_and_fences_out_the_worker(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    var a = Fixtures.task(store.ids(), job, "a", List.of());
    var b = Fixtures.task(store.ids(), job, "b", List.of());
    store.tasks().insertAll(List.of(a, b));
    var held = claimOnly(store, a, "w");

    int stopped = store.tasks().setStoppedByJob(job.id(), true);
    var lateWrite = Phases.step(store.tasks(), held, "w", NOW);
    int stoppedAgain = store.tasks().setStoppedByJob(job.id(), true);
    int resumed = store.tasks().setStoppedByJob(job.id(), false);

    assertThat(stopped).isEqualTo(2);
    assertThat(lateWrite.getLeft()).isInstanceOf(Conflict.class);
    assertThat(stoppedAgain).isZero();
    assertThat(resumed).isEqualTo(2);
    var stored = store.tasks().findById(job.sourceId(), a.id()).get();
    assertThat(stored.lease()).isEmpty();
    assertThat(stored.stopped()).isFalse();
    assertThat(stored.version()).isEqualTo(held.version() + 2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void the_tally_follows_every_task_write_and_drives_the_job_status(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    var a = Fixtures.task(store.ids(), job, "a", List.of());
    var b = Fixtures.task(store.ids(), job, "b", List.of());
    var emptyTally = store.tasks().tallies(List.of(job.id()));
    store.tasks().insertAll(List.of(a, b));
    var afterInsert = store.jobs().findById(job.sourceId(), job.id()).get();

    var held = store.tasks().claim(new ClaimRequest("w", NOW, NOW.plusSeconds(60), 2, 2));
    var done = Phases.finish(store.tasks(), held.get(0), "w", NOW).get();
    var afterOne = store.tasks().tallies(List.of(job.id())).get(job.id());
    Phases.finish(store.tasks(), held.get(1), "w", NOW).get();
    var afterBoth = store.jobs().findById(job.sourceId(), job.id()).get();

    assertThat(emptyTally).containsEntry(job.id(), TaskTally.EMPTY);
    assertThat(afterInsert.tally()).isEqualTo(new TaskTally(2, 2, 0, 0));
    assertThat(afterInsert.status()).isEqualTo(JobStatus.INIT);
    assertThat(done.status()).isEqualTo(TaskStatus.DONE);
    assertThat(afterOne).isEqualTo(new TaskTally(2, 1, 1, 0));
    assertThat(afterBoth.tally()).isEqualTo(new TaskTally(2, 0, 2, 0));
    assertThat(afterBoth.status()).isEqualTo(JobStatus.DONE);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void jobs_are_listed_by_derived_status_in_pages_with_a_total(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var first = job(store);
    var source = first.sourceId();
    var jobs = new java.util.ArrayList<Job>(List.of(first));
    for (int i = 0; i < 4; i++) {
      var j = Fixtures.job(store.ids(), source, Optional.empty());
      store.jobs().insert(j);
      jobs.add(j);
    }
    // jobs 0..2 get an INIT task; job 3 runs one (DOING); job 4 has none (DONE)
    for (int i = 0; i < 4; i++) {
      store.tasks().insertAll(List.of(Fixtures.task(store.ids(), jobs.get(i), "t" + i, List.of())));
    }
    var doing = store.tasks().findByJob(jobs.get(3).id()).get(0);
    Phases.step(store.tasks(), claimOnlyOf(store, doing), "w", NOW).get();

    var init = store.jobs().find(jobs(first, Optional.of(JobStatus.INIT), List.of(), new PageRequest(1, 2)));
    var secondPage = store.jobs().find(jobs(first, Optional.of(JobStatus.INIT), List.of(), new PageRequest(2, 2)));
    var byStatus = store.jobs().find(jobs(first, Optional.empty(),
        List.of(new Sort<>(JobQuery.Field.STATUS, Direction.DESC)), PageRequest.ALL));

    assertThat(init.total()).isEqualTo(3);
    assertThat(init.items()).extracting(s -> s.job().id()).containsExactly(jobs.get(0).id(), jobs.get(1).id());
    assertThat(secondPage.items()).extracting(s -> s.job().id()).containsExactly(jobs.get(2).id());
    assertThat(byStatus.items()).extracting(s -> s.job().id()).containsExactly(
        jobs.get(4).id(), jobs.get(3).id(), jobs.get(0).id(), jobs.get(1).id(), jobs.get(2).id());
  }

  static Task claimOnlyOf(JdbcStore store, Task task) {
    return claimOnly(store, task, "w");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tasks_keep_their_partitions_in_order_and_are_found_by_a_partition_value(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    var p1 = partition(store, job, PartitionSpec.of("ds", "2025-01-01", "region", "eu/west"));
    var p2 = partition(store, job, PartitionSpec.of("ds", "2025-01-02", "region", "eu/west"));
    var covering = Fixtures.task(store.ids(), job, "a", List.of(p2.id(), p1.id()));
    var other = Fixtures.task(store.ids(), job, "b", List.of(p2.id()));
    store.tasks().insertAll(List.of(covering, other));

    var byJob = store.tasks().findByJob(job.id());
    var found = store.tasks().find(tasksOf(job, Optional.of(p1.value())));

    assertThat(byJob).containsExactly(covering, other);
    assertThat(found.items()).containsExactly(covering);
    assertThat(found.total()).isEqualTo(1);
  }

  static Partition partition(JdbcStore store, Job job, PartitionSpec spec) {
    var p = new Partition(new PartitionId(store.ids().next(Sequence.PARTITION)), job.sourceId(),
        job.dbId(), job.srcDbName(), new TableId(7), new TableName("src_a"), spec, Optional.empty(),
        OptionalLong.of(10), OptionalLong.empty(), MigrationStatus.INIT, false, Fixtures.T0,
        Fixtures.T0, false);
    store.partitions().insertAll(List.of(p));
    return p;
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void live_coverage_lists_what_tasks_not_done_cover(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    var partitioned = Fixtures.task(store.ids(), job, "a", List.of(new PartitionId(41), new PartitionId(42)));
    var whole = Fixtures.task(store.ids(), job, "b", List.of());
    var finished = Fixtures.task(store.ids(), job, "c", List.of(new PartitionId(43)));
    store.tasks().insertAll(List.of(partitioned, whole, finished));
    Phases.finish(store.tasks(), claimOnly(store, finished, "w"), "w", NOW).get();

    var coverage = store.tasks().liveCoverage(job.dbId());

    assertThat(coverage.partitions()).isEqualTo(Map.of(
        new PartitionId(41), partitioned.id(), new PartitionId(42), partitioned.id()));
    assertThat(coverage.tables()).isEqualTo(Map.of(whole.tableId(), whole.id()));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_task_under_another_source_than_its_job_s_is_refused(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    var sameIdElsewhere = Fixtures.job(job.id(), Fixtures.source(store.ids()), Optional.empty(), "job");
    var right = Fixtures.task(store.ids(), job, "a", List.of());
    var stray = Fixtures.task(store.ids(), sameIdElsewhere, "b", List.of());

    assertThatThrownBy(() -> store.tasks().insertAll(List.of(stray)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.tasks().insertAll(List.of(right, stray)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.tasks().findByJob(job.id())).isEmpty();
    assertThat(store.tasks().tallies(List.of(job.id()))).containsEntry(job.id(), TaskTally.EMPTY);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_task_naming_another_source_or_destination_database_than_its_job_s_is_refused(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    var right = Fixtures.task(store.ids(), job, "a", List.of());
    store.tasks().insertAll(List.of(right));
    var otherSource = naming(Fixtures.task(store.ids(), job, "b", List.of()), "hr", job.dstDbName());
    var otherDestination = naming(Fixtures.task(store.ids(), job, "c", List.of()),
        job.srcDbName().value(), "dst_hr");

    assertThatThrownBy(() -> store.tasks().insertAll(List.of(otherSource)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.tasks().insertAll(List.of(otherDestination)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.tasks().findByJob(job.id())).containsExactly(right);
    assertThat(store.tasks().tallies(List.of(job.id()))).containsEntry(job.id(), new TaskTally(1, 1, 0, 0));
  }

  /** {@code task} with its source and destination database names replaced. */
  private static Task naming(Task task, String srcDbName, String dstDbName) {
    return Task.planned(task.id(), task.jobId(), task.sourceId(), task.dbId(), task.tableId(),
        new DatabaseName(srcDbName), task.srcTableName(), dstDbName, task.dstTableName(),
        task.type(), task.partitions(), task.createTime());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void deleting_a_job_s_tasks_empties_its_tally(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = job(store);
    store.tasks().insertAll(List.of(Fixtures.task(store.ids(), job, "a", List.of(new PartitionId(1)))));

    store.tasks().deleteByJob(job.id());

    assertThat(store.tasks().findByJob(job.id())).isEmpty();
    assertThat(store.jobs().findById(job.sourceId(), job.id()).get().tally()).isEqualTo(TaskTally.EMPTY);
    assertThat(store.tasks().liveCoverage(job.dbId()).partitions()).isEmpty();
  }
}
