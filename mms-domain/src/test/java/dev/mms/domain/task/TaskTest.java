package dev.mms.domain.task;

import static dev.mms.domain.task.Tasks.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.IllegalTransition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static final RetryPolicy POLICY =
      new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(10));

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
}
