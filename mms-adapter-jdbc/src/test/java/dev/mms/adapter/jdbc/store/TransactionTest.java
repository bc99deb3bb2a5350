package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.jdbc.sql.JdbcStoreException;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.job.TaskTally;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void creating_a_job_and_its_tasks_is_all_or_nothing(Kind kind) {
    var store = TestDatabases.store(kind);
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
    var task = Fixtures.task(store.ids(), job, "t", List.of(new PartitionId(5)));

    assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
      store.jobs().insert(job);
      store.tasks().insertAll(List.of(task));
      throw new IllegalStateException("planner failed");
    })).hasMessage("planner failed");

    assertThat(store.jobs().findById(job.sourceId(), job.id())).isEmpty();
    assertThat(store.tasks().findByJob(job.id())).isEmpty();
    assertThat(store.tasks().tallies(List.of(job.id()))).containsEntry(job.id(), TaskTally.EMPTY);
    assertThat(store.tasks().liveCoverage(job.dbId()).partitions()).doesNotContainKey(new PartitionId(5));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_nested_transaction_joins_the_outer_one(Kind kind) {
    var store = TestDatabases.store(kind);
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());

    assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
      store.transactions().inTransaction(() -> {
        store.jobs().insert(job);
        return null;
      });
      assertThat(store.jobs().findById(job.sourceId(), job.id())).isNotEmpty();
      throw new IllegalStateException("later step failed");
    })).hasMessage("later step failed");

    assertThat(store.jobs().findById(job.sourceId(), job.id())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_failed_statement_rolls_back_the_whole_transaction(Kind kind) {
    var store = TestDatabases.store(kind);
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
    var task = Fixtures.task(store.ids(), job, "t", List.of());

    assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
      store.jobs().insert(job);
      store.tasks().insertAll(List.of(task));
      store.tasks().insertAll(List.of(task));
      return null;
    })).isInstanceOf(JdbcStoreException.class);

    assertThat(store.jobs().findById(job.sourceId(), job.id())).isEmpty();
    assertThat(store.tasks().findByJob(job.id())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void work_that_returns_is_committed_and_its_result_handed_back(Kind kind) {
    var store = TestDatabases.store(kind);
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());

    var result = store.transactions().inTransaction(() -> {
      store.jobs().insert(job);
      return "created";
    });

    assertThat(result).isEqualTo("created");
    assertThat(store.jobs().findById(job.sourceId(), job.id())).isNotEmpty();
  }
}
