package dev.mms.adapter.jdbc.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.Fixtures;
import dev.mms.adapter.jdbc.store.Phases;
import dev.mms.adapter.jdbc.store.TestDatabases;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.ClaimRequest;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store is closed in the middle of a job (its worker's leases still held, phases half done) and
 * a new one opened on the same database finishes the job once those leases expire.
 */
class StoreRestartTest {
  static final Instant NOW = Fixtures.T0.plusSeconds(3600);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_job_interrupted_by_a_restart_finishes_with_nothing_lost(Kind kind) {
    TestDatabases.fresh(kind);
    var tasks = new ArrayList<Task>();
    var before = TestDatabases.openAnother(kind);
    var job = Fixtures.job(before.ids(), Fixtures.source(before.ids()), Optional.empty());
    for (int i = 0; i < 10; i++) {
      tasks.add(Fixtures.task(before.ids(), job, "t" + i, List.of(new PartitionId(100 + i))));
    }
    before.transactions().inTransaction(() -> {
      before.jobs().insert(job);
      before.tasks().insertAll(tasks);
      return null;
    });
    var held = before.tasks().claim(new ClaimRequest("old", NOW, NOW.plusSeconds(60), 6, 10));
    Phases.finish(before.tasks(), held.get(0), "old", NOW).get();
    Phases.step(before.tasks(), held.get(1), "old", NOW).get();
    var midData = Phases.step(before.tasks(), held.get(2), "old", NOW)
        .flatMap(t -> Phases.step(before.tasks(), t, "old", NOW))
        .flatMap(t -> Phases.step(before.tasks(), t, "old", NOW)).get();
    before.close();

    var later = NOW.plusSeconds(61);
    try (var after = TestDatabases.openAnother(kind)) {
      var resumed = new ArrayList<Task>();
      List<Task> claimed;
      while (!(claimed = after.tasks().claim(new ClaimRequest("new", later, later.plusSeconds(60), 3, 10))).isEmpty()) {
        for (var t : claimed) {
          resumed.add(t);
          Phases.finish(after.tasks(), t, "new", later).get();
        }
      }

      assertThat(midData.status()).isEqualTo(TaskStatus.DATA_DOING);
      assertThat(resumed).hasSize(9).extracting(Task::id).doesNotContain(held.get(0).id());
      assertThat(resumed).filteredOn(t -> t.id().equals(midData.id()))
          .extracting(Task::status).containsExactly(TaskStatus.DATA_DOING);
      var stored = after.tasks().findByJob(job.id());
      assertThat(stored).hasSize(10).extracting(Task::status).containsOnly(TaskStatus.DONE);
      assertThat(stored).extracting(Task::partitions)
          .isEqualTo(tasks.stream().map(Task::partitions).toList());
      var summary = after.jobs().findById(job.sourceId(), job.id()).get();
      assertThat(summary.tally()).isEqualTo(new TaskTally(10, 0, 10, 0));
      assertThat(summary.status()).isEqualTo(JobStatus.DONE);
    }
  }
}
