package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.asyncTask;
import static dev.mms.application.port.out.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.source.SourceId;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.AsyncTaskRepository} does. */
public abstract class AsyncTaskRepositoryContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);

  @Test
  void an_async_task_is_found_only_under_its_own_source() {
    var t = asyncTask(1, 1, AsyncTaskStatus.DONE);
    stores.asyncTasks().insert(t);

    assertThat(stores.asyncTasks().findById(S1, new AsyncTaskId(1)).toJavaOptional()).contains(t);
    assertThat(stores.asyncTasks().findById(new SourceId(2), new AsyncTaskId(1)).isEmpty()).isTrue();
  }

  @Test
  void update_replaces_the_stored_async_task() {
    var doing = asyncTask(1, 1, AsyncTaskStatus.DOING);
    stores.asyncTasks().insert(doing);
    var done = doing.progressed(5_000).get().succeeded(OptionalLong.of(42), "job 42", at(9)).get();

    stores.asyncTasks().update(done);

    assertThat(stores.asyncTasks().findById(S1, new AsyncTaskId(1)).get()).isEqualTo(done);
  }

  @Test
  void find_running_lists_the_doing_ones_of_every_source() {
    stores.asyncTasks().insert(asyncTask(1, 1, AsyncTaskStatus.DOING));
    stores.asyncTasks().insert(asyncTask(2, 1, AsyncTaskStatus.DONE));
    stores.asyncTasks().insert(asyncTask(3, 2, AsyncTaskStatus.DOING));
    stores.asyncTasks().insert(asyncTask(4, 2, AsyncTaskStatus.FAILED));

    assertThat(stores.asyncTasks().findRunning()).extracting(t -> t.id().value()).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void delete_by_source_removes_only_that_source() {
    stores.asyncTasks().insert(asyncTask(1, 1, AsyncTaskStatus.DOING));
    stores.asyncTasks().insert(asyncTask(2, 2, AsyncTaskStatus.DOING));

    stores.asyncTasks().deleteBySource(S1);

    assertThat(stores.asyncTasks().findById(S1, new AsyncTaskId(1)).isEmpty()).isTrue();
    assertThat(stores.asyncTasks().findById(new SourceId(2), new AsyncTaskId(2)).isDefined()).isTrue();
  }
}
