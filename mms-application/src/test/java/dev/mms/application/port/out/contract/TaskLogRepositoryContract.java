package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.job;
import static dev.mms.application.port.out.contract.Fixtures.task;
import static dev.mms.application.port.out.contract.Fixtures.taskLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.TaskLogRepository} does. */
public abstract class TaskLogRepositoryContract extends PortContract {

  @BeforeEach
  void threeTasksOfTwoJobsAndTwoSources() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 2).build());
    stores.tasks().insertAll(List.of(task(1, 1, 1).build(), task(2, 1, 1).build(), task(3, 2, 2).build()));
  }

  @Test
  void the_logs_of_a_task_come_back_in_id_order() {
    stores.taskLogs().append(taskLog(3, 1, 1, TaskStatus.SCHEMA_DONE));
    stores.taskLogs().append(taskLog(1, 1, 1, TaskStatus.SCHEMA_DOING));
    stores.taskLogs().append(taskLog(2, 2, 1, TaskStatus.SCHEMA_DOING));

    assertThat(stores.taskLogs().findByTask(new TaskId(1)))
        .containsExactly(taskLog(1, 1, 1, TaskStatus.SCHEMA_DOING), taskLog(3, 1, 1, TaskStatus.SCHEMA_DONE));
    assertThat(stores.taskLogs().findByTask(new TaskId(9))).isEmpty();
  }

  @Test
  void lines_appended_together_are_all_kept_with_their_own_task() {
    stores.taskLogs().appendAll(List.of(taskLog(5, 1, 1, TaskStatus.SCHEMA_DONE),
        taskLog(4, 1, 1, TaskStatus.SCHEMA_DOING), taskLog(6, 2, 1, TaskStatus.DATA_DOING)));

    assertThat(stores.taskLogs().findByTask(new TaskId(1)))
        .containsExactly(taskLog(4, 1, 1, TaskStatus.SCHEMA_DOING), taskLog(5, 1, 1, TaskStatus.SCHEMA_DONE));
    assertThat(stores.taskLogs().findByTask(new TaskId(2))).containsExactly(taskLog(6, 2, 1, TaskStatus.DATA_DOING));
  }

  @Test
  void delete_by_job_removes_the_logs_of_its_tasks_only() {
    stores.taskLogs().append(taskLog(1, 1, 1, TaskStatus.SCHEMA_DOING));
    stores.taskLogs().append(taskLog(2, 2, 1, TaskStatus.SCHEMA_DOING));
    stores.taskLogs().append(taskLog(3, 3, 2, TaskStatus.SCHEMA_DOING));

    stores.taskLogs().deleteByJob(new JobId(1));

    assertThat(stores.taskLogs().findByTask(new TaskId(1))).isEmpty();
    assertThat(stores.taskLogs().findByTask(new TaskId(2))).isEmpty();
    assertThat(stores.taskLogs().findByTask(new TaskId(3))).hasSize(1);
  }

  @Test
  void delete_by_source_removes_the_logs_of_that_source_only() {
    stores.taskLogs().append(taskLog(1, 1, 1, TaskStatus.SCHEMA_DOING));
    stores.taskLogs().append(taskLog(2, 3, 2, TaskStatus.SCHEMA_DOING));

    stores.taskLogs().deleteBySource(new SourceId(1));

    assertThat(stores.taskLogs().findByTask(new TaskId(1))).isEmpty();
    assertThat(stores.taskLogs().findByTask(new TaskId(3))).hasSize(1);
  }
}
