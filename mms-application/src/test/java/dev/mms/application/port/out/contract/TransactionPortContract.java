package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.T0;
import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.job;
import static dev.mms.application.port.out.contract.Fixtures.partition;
import static dev.mms.application.port.out.contract.Fixtures.source;
import static dev.mms.application.port.out.contract.Fixtures.task;
import static dev.mms.application.port.out.contract.Fixtures.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.application.port.out.ClaimRequest;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.TaskEvent;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import dev.mms.domain.timer.TimerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.TransactionPort} does over its repositories. */
public abstract class TransactionPortContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);
  private static final JobId J1 = new JobId(1);

  @Test
  void a_transaction_that_returns_keeps_its_writes_and_its_result() {
    var result = stores.transactions().inTransaction(() -> {
      stores.dataSources().insert(source(1).build());
      stores.jobs().insert(job(1, 1).build());
      return "ok";
    });

    assertThat(result).isEqualTo("ok");
    assertThat(stores.dataSources().findById(S1).isDefined()).isTrue();
    assertThat(stores.jobs().findById(S1, J1).isDefined()).isTrue();
  }

  @Test
  void a_transaction_that_throws_undoes_inserts_updates_and_deletes_of_every_repository() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(task(1, 1, 1).build()));
    stores.partitions().insertAll(List.of(partition(1, 1, 1, 1).build()));
    stores.timers().insert(timer(1, 1).build());
    var failure = new IllegalStateException("boom");

    assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
      stores.dataSources().insert(source(1).build());
      stores.jobs().update(job(1, 1).stopped(true).build());
      var task = stores.tasks().findById(S1, new TaskId(1)).get();
      stores.tasks().update(task.claim(new Lease("w", at(60)), T0).get());
      stores.tasks().insertAll(List.of(task(2, 1, 1).status(TaskStatus.DONE).build()));
      stores.partitions().updateStatus(List.of(new PartitionId(1)), MigrationStatus.DOING, at(5));
      stores.timers().delete(new TimerId(1));
      throw failure;
    })).isSameAs(failure);

    assertThat(stores.dataSources().findById(S1).isEmpty()).isTrue();
    assertThat(stores.jobs().findById(S1, J1).get().job().stopped()).isFalse();
    assertThat(stores.tasks().findByJob(J1)).containsExactly(task(1, 1, 1).build());
    assertThat(stores.tasks().tallies(List.of(J1)).get(J1)).isEqualTo(new TaskTally(1, 1, 0, 0));
    assertThat(stores.partitions().findById(S1, new PartitionId(1)).get()).isEqualTo(partition(1, 1, 1, 1).build());
    assertThat(stores.timers().findById(S1, new TimerId(1)).isDefined()).isTrue();
  }

  @Test
  void a_claim_in_a_failed_transaction_is_undone_and_the_task_can_be_claimed_again() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(task(1, 1, 1).build()));

    assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
      stores.tasks().claim(new ClaimRequest("a", T0, at(60), 1, 1));
      throw new IllegalStateException("boom");
    }));

    assertThat(stores.tasks().claim(new ClaimRequest("b", T0, at(60), 1, 1)))
        .extracting(t -> t.lease().get().owner()).containsExactly("b");
  }

  @Test
  void a_transaction_durable_later_keeps_its_writes_or_undoes_them_as_any_other() {
    var kept = stores.transactions().inTransactionDurableLater(() -> {
      stores.dataSources().insert(source(1).build());
      return "ok";
    });
    assertThatThrownBy(() -> stores.transactions().inTransactionDurableLater(() -> {
      stores.dataSources().insert(source(2).build());
      throw new IllegalStateException("boom");
    }));

    assertThat(kept).isEqualTo("ok");
    assertThat(stores.dataSources().findById(S1).isDefined()).isTrue();
    assertThat(stores.dataSources().findById(new SourceId(2)).isEmpty()).isTrue();
  }

  @Test
  void reads_in_a_transaction_see_its_writes_before_it_commits() {
    var seen = stores.transactions().inTransaction(() -> {
      stores.dataSources().insert(source(1).build());
      stores.jobs().insert(job(1, 1).build());
      return List.of(stores.dataSources().findById(S1).isDefined(),
          stores.jobs().findById(S1, J1).isDefined(),
          stores.jobs().findBySource(S1).size() == 1);
    });

    assertThat(seen).containsOnly(true);
  }

  @Test
  void a_nested_transaction_joins_the_outer_one() {
    assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
      stores.transactions().inTransaction(() -> {
        stores.dataSources().insert(source(1).build());
        return null;
      });
      stores.dataSources().insert(source(2).build());
      throw new IllegalStateException("boom");
    }));

    assertThat(stores.dataSources().findById(S1).isEmpty()).isTrue();
    assertThat(stores.dataSources().findById(new SourceId(2)).isEmpty()).isTrue();
  }

  @Test
  void a_failed_transaction_leaves_earlier_and_later_writes_alone() {
    stores.dataSources().insert(source(1).build());
    assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
      stores.dataSources().delete(S1);
      throw new IllegalStateException("boom");
    }));

    stores.dataSources().insert(source(2).build());

    assertThat(stores.dataSources().findById(S1).isDefined()).isTrue();
    assertThat(stores.dataSources().findById(new SourceId(2)).isDefined()).isTrue();
  }

  @Test
  void the_events_of_a_committed_task_update_are_kept() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(task(1, 1, 1).build()));

    stores.transactions().inTransaction(() -> {
      var claimed = stores.tasks().claim(new ClaimRequest("w", T0, at(60), 1, 1)).get(0);
      return stores.tasks().update(claimed.apply("w", TaskEvent.BEGIN_SCHEMA, T0).get());
    });

    assertThat(stores.tasks().findById(S1, new TaskId(1)).get().status()).isEqualTo(TaskStatus.SCHEMA_DOING);
    assertThat(stores.tasks().tallies(List.of(J1)).get(J1)).isEqualTo(new TaskTally(1, 0, 0, 0));
  }
}
