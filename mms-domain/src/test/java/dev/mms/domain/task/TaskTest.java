package dev.mms.domain.task;

import static dev.mms.domain.task.Tasks.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.IllegalTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static final RetryPolicy POLICY =
      new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(10));

  @Test
  void a_worker_without_the_lease_cannot_apply_events() {
    var task = Tasks.leasedIn(TaskStatus.INIT, "w1");

    var result = task.apply("w2", TaskEvent.BEGIN_SCHEMA, T0);

    assertThat(result.getLeft()).isInstanceOf(Conflict.class);
  }

  @Test
  void an_unleased_task_accepts_no_event() {
    var task = Tasks.planned();

    var result = task.apply("w1", TaskEvent.BEGIN_SCHEMA, T0);

    assertThat(result.getLeft()).isInstanceOf(Conflict.class);
  }

  @Test
  void the_lease_holder_moves_the_task_through_the_table() {
    var task = Tasks.leasedIn(TaskStatus.INIT, "w1");

    var result = task.apply("w1", TaskEvent.BEGIN_SCHEMA, T0);

    assertThat(result.get().status()).isEqualTo(TaskStatus.SCHEMA_DOING);
    assertThat(result.get().version()).isEqualTo(task.version() + 1);
  }

  @Test
  void another_worker_cannot_claim_a_live_lease() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");

    var result = task.claim(new Lease("w2", T0.plusSeconds(120)), T0.plusSeconds(59));

    assertThat(result.getLeft()).isInstanceOf(Conflict.class);
    assertThat(result.getLeft().message()).contains("leased to w1");
  }

  @Test
  void another_worker_can_claim_once_the_lease_expired() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");
    var lease = new Lease("w2", T0.plusSeconds(120));

    var result = task.claim(lease, T0.plusSeconds(60));

    assertThat(result.get().lease()).contains(lease);
    assertThat(result.get().status()).isEqualTo(TaskStatus.DATA_DOING);
  }

  @Test
  void the_previous_holder_loses_the_task_to_the_new_claim() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1")
        .claim(new Lease("w2", T0.plusSeconds(180)), T0.plusSeconds(61)).get();

    var result = task.apply("w1", TaskEvent.DATA_OK, T0.plusSeconds(62));

    assertThat(result.getLeft()).isInstanceOf(Conflict.class);
  }

  @Test
  void the_holder_renews_its_lease() {
    var task = Tasks.leasedIn(TaskStatus.SCHEMA_DOING, "w1");

    var result = task.renew("w1", T0.plusSeconds(120));

    assertThat(result.get().lease()).contains(new Lease("w1", T0.plusSeconds(120)));
  }

  @Test
  void another_worker_cannot_renew_the_lease() {
    var task = Tasks.leasedIn(TaskStatus.SCHEMA_DOING, "w1");

    var result = task.renew("w2", T0.plusSeconds(120));

    assertThat(result.getLeft()).isInstanceOf(Conflict.class);
  }

  @Test
  void release_gives_the_task_back_in_the_same_state() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");

    var released = task.release("w1").get();

    assertThat(released.lease()).isEmpty();
    assertThat(released.status()).isEqualTo(TaskStatus.DATA_DOING);
    assertThat(released.runnableAt(T0)).isTrue();
  }

  @Test
  void stop_drops_the_lease_and_keeps_the_status() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");

    var stopped = task.stop();

    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.lease()).isEmpty();
    assertThat(stopped.status()).isEqualTo(TaskStatus.DATA_DOING);
  }

  @Test
  void a_stopped_task_cannot_be_claimed() {
    var task = Tasks.planned().stop();

    var result = task.claim(new Lease("w1", T0.plusSeconds(60)), T0);

    assertThat(result.getLeft().message()).contains("stopped");
  }

  @Test
  void a_resumed_task_can_be_claimed_again() {
    var task = Tasks.planned().stop().resume();

    var result = task.claim(new Lease("w1", T0.plusSeconds(60)), T0);

    assertThat(result.isRight()).isTrue();
  }

  @Test
  void fail_schedules_an_automatic_retry_after_the_base_backoff() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");

    var failed = task.fail("w1", TaskEvent.DATA_FAILED, T0, POLICY).get();

    assertThat(failed.status()).isEqualTo(TaskStatus.DATA_FAILED);
    assertThat(failed.nextAttemptAt()).contains(T0.plusSeconds(2));
  }

  @Test
  void automatic_retries_back_off_exponentially_until_the_budget_is_used() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");
    var now = T0;
    var waits = new ArrayList<Duration>();

    for (int i = 0; i < POLICY.maxRetries(); i++) {
      task = task.fail("w1", TaskEvent.DATA_FAILED, now, POLICY).get();
      var due = task.nextAttemptAt().orElseThrow();
      waits.add(Duration.between(now, due));
      now = due;
      task = task.autoRetry("w1", now).get();
    }
    var exhausted = task.fail("w1", TaskEvent.DATA_FAILED, now, POLICY).get();

    assertThat(waits).containsExactly(
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    assertThat(exhausted.retriedTimes()).isEqualTo(3);
    assertThat(exhausted.autoRetries()).isEqualTo(3);
    assertThat(exhausted.nextAttemptAt()).isEmpty();
    assertThat(exhausted.runnableAt(now.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void the_backoff_never_exceeds_the_cap() {
    var wait = POLICY.backoff(10);

    assertThat(wait).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void an_automatic_retry_before_it_is_due_is_refused() {
    var failed = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1")
        .fail("w1", TaskEvent.DATA_FAILED, T0, POLICY).get();

    var result = failed.autoRetry("w1", T0.plusSeconds(1));

    assertThat(result.getLeft()).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void a_failed_task_is_runnable_once_its_retry_is_due() {
    var failed = Tasks.leasedIn(TaskStatus.SCHEMA_DOING, "w1")
        .fail("w1", TaskEvent.SCHEMA_FAILED, T0, POLICY).get()
        .release("w1").get();

    assertThat(failed.runnableAt(T0.plusSeconds(1))).isFalse();
    assertThat(failed.runnableAt(T0.plusSeconds(2))).isTrue();
  }

  @Test
  void a_user_retry_resets_the_automatic_budget() {
    var exhausted = exhaustedBudget();

    var retried = exhausted.retryByUser(T0.plusSeconds(3600)).get();

    assertThat(retried.status()).isEqualTo(TaskStatus.DATA_DOING);
    assertThat(retried.autoRetries()).isZero();
    assertThat(retried.retriedTimes()).isEqualTo(exhausted.retriedTimes() + 1);
    var failedAgain = retried.fail("w1", TaskEvent.DATA_FAILED, T0.plusSeconds(3700), POLICY).get();
    assertThat(failedAgain.nextAttemptAt()).contains(T0.plusSeconds(3702));
  }

  @Test
  void a_user_retry_of_a_task_that_has_not_failed_is_refused() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");

    var result = task.retryByUser(T0);

    assertThat(result.getLeft())
        .isEqualTo(new IllegalTransition("Task", "DATA_DOING", "RETRY"));
  }

  @Test
  void a_verification_failure_retry_copies_the_data_again() {
    var task = Tasks.leasedIn(TaskStatus.VERIFICATION_DOING, "w1")
        .fail("w1", TaskEvent.COUNTS_DIFFER, T0, POLICY).get();

    var retried = task.autoRetry("w1", T0.plusSeconds(2)).get();

    assertThat(retried.status()).isEqualTo(TaskStatus.DATA_DOING);
  }

  @Test
  void finishing_drops_the_lease_and_sets_the_end_time() {
    var task = Tasks.leasedIn(TaskStatus.VERIFICATION_DONE, "w1");
    var at = T0.plusSeconds(30);

    var done = task.apply("w1", TaskEvent.FINISH, at).get();

    assertThat(done.status()).isEqualTo(TaskStatus.DONE);
    assertThat(done.lease()).isEmpty();
    assertThat(done.endTime()).contains(at);
    assertThat(done.runnableAt(at)).isFalse();
  }

  @Test
  void a_job_without_data_migration_is_done_after_the_schema() {
    var task = Tasks.leasedIn(TaskStatus.SCHEMA_DONE, "w1");

    var done = task.apply("w1", TaskEvent.DATA_DISABLED, T0).get();

    assertThat(done.status()).isEqualTo(TaskStatus.DONE);
  }

  @Test
  void the_first_transition_sets_the_start_time() {
    var task = Tasks.planned().claim(new Lease("w1", T0.plusSeconds(60)), T0).get();
    var at = T0.plusSeconds(1);

    var started = task.apply("w1", TaskEvent.BEGIN_SCHEMA, at).get()
        .apply("w1", TaskEvent.SCHEMA_OK, at.plusSeconds(5)).get();

    assertThat(started.startTime()).contains(at);
    assertThat(started.endTime()).isEmpty();
  }

  @Test
  void fail_refuses_an_event_that_is_not_a_failure() {
    var task = Tasks.leasedIn(TaskStatus.INIT, "w1");

    var result = task.fail("w1", TaskEvent.BEGIN_SCHEMA, T0, POLICY);

    assertThat(result.getLeft()).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void fail_refuses_a_success_while_retries_are_left() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");

    var result = task.fail("w1", TaskEvent.DATA_OK, T0, POLICY);

    assertThat(result.getLeft().message())
        .isEqualTo("Task in state DATA_DOING does not accept DATA_OK as a failure");
  }

  private static Task exhaustedBudget() {
    var task = Tasks.leasedIn(TaskStatus.DATA_DOING, "w1");
    Instant now = T0;
    for (int i = 0; i < POLICY.maxRetries(); i++) {
      task = task.fail("w1", TaskEvent.DATA_FAILED, now, POLICY).get();
      now = task.nextAttemptAt().orElseThrow();
      task = task.autoRetry("w1", now).get();
    }
    return task.fail("w1", TaskEvent.DATA_FAILED, now, POLICY).get();
  }
}
