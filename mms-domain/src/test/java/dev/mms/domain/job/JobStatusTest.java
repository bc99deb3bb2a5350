package dev.mms.domain.job;

import static dev.mms.domain.task.TaskStatus.DATA_DOING;
import static dev.mms.domain.task.TaskStatus.DATA_FAILED;
import static dev.mms.domain.task.TaskStatus.DONE;
import static dev.mms.domain.task.TaskStatus.INIT;
import static dev.mms.domain.task.TaskStatus.SCHEMA_DONE;
import static dev.mms.domain.task.TaskStatus.SCHEMA_FAILED;
import static dev.mms.domain.task.TaskStatus.VERIFICATION_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.task.TaskStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class JobStatusTest {

  private static final Set<TaskStatus> FAILED = EnumSet.of(SCHEMA_FAILED, DATA_FAILED, VERIFICATION_FAILED);

  /** product.md §4, read rule by rule. */
  private static JobStatus reference(List<TaskStatus> tasks) {
    if (tasks.stream().allMatch(s -> s == DONE)) {
      return JobStatus.DONE;
    }
    if (tasks.stream().allMatch(s -> s == INIT)) {
      return JobStatus.INIT;
    }
    boolean activeOrQueued = tasks.stream().anyMatch(s -> s != DONE && !FAILED.contains(s));
    boolean failed = tasks.stream().anyMatch(FAILED::contains);
    return failed && !activeOrQueued ? JobStatus.FAILED : JobStatus.DOING;
  }

  @Property(tries = 500)
  void derive_agrees_with_the_reference(@ForAll @Size(max = 8) List<TaskStatus> tasks) {
    var derived = JobStatus.derive(tasks);

    assertThat(derived).isEqualTo(reference(tasks));
  }

  @Test
  void a_job_without_tasks_is_done() {
    assertThat(JobStatus.derive(List.of())).isEqualTo(JobStatus.DONE);
  }

  @Test
  void a_job_whose_tasks_are_all_done_is_done() {
    assertThat(JobStatus.derive(List.of(DONE, DONE))).isEqualTo(JobStatus.DONE);
  }

  @Test
  void a_job_whose_tasks_are_all_init_is_init() {
    assertThat(JobStatus.derive(List.of(INIT, INIT, INIT))).isEqualTo(JobStatus.INIT);
  }

  @Test
  void a_failed_task_beside_a_live_one_keeps_the_job_doing() {
    assertThat(JobStatus.derive(List.of(DATA_FAILED, DATA_DOING))).isEqualTo(JobStatus.DOING);
  }

  @Test
  void a_failed_task_beside_a_queued_one_keeps_the_job_doing() {
    assertThat(JobStatus.derive(List.of(SCHEMA_FAILED, INIT))).isEqualTo(JobStatus.DOING);
  }

  @Test
  void only_failed_and_done_tasks_make_the_job_failed() {
    assertThat(JobStatus.derive(List.of(DONE, VERIFICATION_FAILED, DONE)))
        .isEqualTo(JobStatus.FAILED);
  }

  @Test
  void some_done_and_some_init_is_doing() {
    assertThat(JobStatus.derive(List.of(DONE, INIT))).isEqualTo(JobStatus.DOING);
  }

  @Test
  void a_task_between_phases_keeps_the_job_doing() {
    assertThat(JobStatus.derive(List.of(SCHEMA_DONE, DATA_FAILED))).isEqualTo(JobStatus.DOING);
  }
}
