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

    var stored = stores.asyncTasks().update(done);

    assertThat(stored).isTrue();
    assertThat(stores.asyncTasks().findById(S1, new AsyncTaskId(1)).get()).isEqualTo(done);
  }

  @Test
  void update_leaves_an_async_task_that_has_ended_as_it_is() {
    var doing = asyncTask(1, 1, AsyncTaskStatus.DOING);
    stores.asyncTasks().insert(doing);
    var failed = doing.failed("interrupted", at(5)).get();
    stores.asyncTasks().update(failed);

    var late = stores.asyncTasks().update(doing.succeeded(OptionalLong.of(42), "job 42", at(6)).get());
    var beat = stores.asyncTasks().update(doing.beat(at(7)).get());

    assertThat(late).isFalse();
    assertThat(beat).isFalse();
    assertThat(stores.asyncTasks().findById(S1, new AsyncTaskId(1)).get()).isEqualTo(failed);
  }

  @Test
  void update_of_an_absent_async_task_stores_nothing() {
    var stored = stores.asyncTasks().update(asyncTask(1, 1, AsyncTaskStatus.DOING));

    assertThat(stored).isFalse();
    assertThat(stores.asyncTasks().findById(S1, new AsyncTaskId(1)).isEmpty()).isTrue();
  }

  @Test
  void a_heartbeat_is_stored_and_read_back() {
    var doing = asyncTask(1, 1, AsyncTaskStatus.DOING);
    stores.asyncTasks().insert(doing);

    stores.asyncTasks().update(doing.beat(at(30)).get());

    assertThat(stores.asyncTasks().findById(S1, new AsyncTaskId(1)).get().heartbeatAt()).isEqualTo(at(30));
  }

  @Test
  void find_stale_lists_the_doing_ones_whose_heartbeat_is_older_than_asked() {
    stores.asyncTasks().insert(asyncTask(1, 1, AsyncTaskStatus.DOING));
    stores.asyncTasks().insert(asyncTask(2, 2, AsyncTaskStatus.DOING));
    stores.asyncTasks().insert(asyncTask(3, 1, AsyncTaskStatus.DONE));
    stores.asyncTasks().insert(asyncTask(4, 1, AsyncTaskStatus.FAILED));
    stores.asyncTasks().insert(asyncTask(5, 1, AsyncTaskStatus.DOING));
    var beating = asyncTask(6, 1, AsyncTaskStatus.DOING);
    stores.asyncTasks().insert(beating);
    stores.asyncTasks().update(beating.beat(at(10)).get());

    var stale = stores.asyncTasks().findStale(at(5));

    assertThat(stale).extracting(t -> t.id().value()).containsExactly(1L, 2L);
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
