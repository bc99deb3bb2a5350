package dev.mms.application.memory;

import static dev.mms.application.port.out.contract.Fixtures.T0;
import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.job;
import static dev.mms.application.port.out.contract.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.application.port.out.ClaimRequest;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {
  private final InMemoryStore store = new InMemoryStore();

  @Test
  void a_job_is_read_with_the_tally_its_tasks_keep() {
    store.jobs().insert(job(1, 1).build());
    store.tasks().insertAll(List.of(task(1, 1, 1).build(), task(2, 1, 1).table(2, "t2").build()));

    var claimed = store.tasks().claim(new ClaimRequest("w", T0, at(60), 1, 4));

    assertThat(claimed).hasSize(1);
    assertThat(store.jobs().findById(new SourceId(1), new JobId(1)).get().tally())
        .isEqualTo(new TaskTally(2, 2, 0, 0));
  }

  @Test
  void a_failed_transaction_leaves_no_write_of_any_repository() {
    assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
      store.jobs().insert(job(1, 1).build());
      store.tasks().insertAll(List.of(task(1, 1, 1).build()));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(store.jobs().findBySource(new SourceId(1))).isEmpty();
    assertThat(store.tasks().findByJob(new JobId(1))).isEmpty();
    assertThat(store.tasks().tallies(List.of(new JobId(1)))).containsEntry(new JobId(1), TaskTally.EMPTY);
  }
}
