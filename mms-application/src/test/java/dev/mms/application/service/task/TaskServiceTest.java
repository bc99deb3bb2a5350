package dev.mms.application.service.task;

import static dev.mms.application.service.FixedCatalogReader.db;
import static dev.mms.application.service.FixedCatalogReader.partitioned;
import static dev.mms.application.service.FixedCatalogReader.plain;
import static dev.mms.application.service.Fixture.all;
import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.task.GetTaskUseCase.GetTaskQuery;
import dev.mms.application.port.in.task.ListTaskLogsUseCase.ListTaskLogsQuery;
import dev.mms.application.port.in.task.ListTasksUseCase.ListTasksQuery;
import dev.mms.application.port.in.task.RetryTaskUseCase.RetryTaskCommand;
import dev.mms.application.service.Fixture;
import dev.mms.application.service.job.Tasks;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskServiceTest {
  private final Fixture f = new Fixture();
  private final SourceId pg = f.scannedSource("pg",
      db("sales", plain("users", 10), partitioned("orders", 5, "1", "2", "3")));
  private final JobId job = createdJob("nightly", List.of("users", "orders"));

  @Test
  void tasks_are_listed_with_their_job_and_source_names() {
    var page = right(f.tasks.listTasks(query(Optional.empty(), Optional.empty(), Map.of())));

    assertThat(page.items()).hasSize(2).allSatisfy(v -> {
      assertThat(v.jobName()).isEqualTo("nightly");
      assertThat(v.sourceName()).isEqualTo("pg");
    });
  }

  @Test
  void a_task_is_found_by_a_partition_it_covers() {
    var page = right(f.tasks.listTasks(query(Optional.empty(), Optional.of("ds=2"), Map.of())));

    assertThat(page.items()).extracting(v -> v.task().srcTableName().value()).containsExactly("orders");
  }

  @Test
  void bad_status_partition_and_sorter_are_named() {
    var result = f.tasks.listTasks(query(Optional.of("FAILED"), Optional.of("=1"), Map.of("endTime", "asc")));

    assertThat(result.getLeft().message())
        .contains("status: unknown value 'FAILED'", "SCHEMA_FAILED")
        .contains("partition")
        .contains("sorter.endTime");
  }

  @Test
  void an_unknown_task_is_not_found() {
    assertThat(f.tasks.getTask(new GetTaskQuery(pg.value(), 999)).getLeft().code()).isEqualTo("EntityNotExist.Task");
    assertThat(f.tasks.listTaskLogs(new ListTaskLogsQuery(pg.value(), 999)).getLeft().code())
        .isEqualTo("EntityNotExist.Task");
  }

  @Test
  void a_task_that_has_not_failed_cannot_be_retried() {
    var task = f.store.tasks().findByJob(job).get(0);

    var result = f.tasks.retryTask(new RetryTaskCommand(pg.value(), task.id().value()));

    assertThat(result.getLeft().code()).isEqualTo("IllegalStateTransition");
    assertThat(result.getLeft().message()).contains("INIT").contains("RETRY");
  }

  @Test
  void a_failed_task_is_retried_and_the_retry_is_logged() {
    var failed = Tasks.failSchema(f, f.store.tasks().findByJob(job).get(0));

    right(f.tasks.retryTask(new RetryTaskCommand(pg.value(), failed.id().value())));

    var view = right(f.tasks.getTask(new GetTaskQuery(pg.value(), failed.id().value())));
    assertThat(view.task().status()).isEqualTo(TaskStatus.SCHEMA_DOING);
    assertThat(view.task().retriedTimes()).isEqualTo(1);
    var logs = right(f.tasks.listTaskLogs(new ListTaskLogsQuery(pg.value(), failed.id().value())));
    assertThat(logs).extracting(TaskLog::action).containsExactly("retry by user");
    assertThat(logs.get(0).status()).isEqualTo(TaskStatus.SCHEMA_DOING);
  }

  @Test
  void a_retry_puts_the_partitions_of_the_task_back_to_doing() {
    var orders = f.store.tasks().findByJob(job).stream()
        .filter(t -> t.srcTableName().value().equals("orders")).findFirst().orElseThrow();
    var failed = Tasks.failSchema(f, orders);
    f.rollUp.onTaskStatus(failed, Fixture.T0);

    right(f.tasks.retryTask(new RetryTaskCommand(pg.value(), failed.id().value())));

    assertThat(f.store.partitions().findByIds(orders.partitions()))
        .extracting(p -> p.status()).containsOnly(MigrationStatus.DOING);
  }

  private ListTasksQuery query(Optional<String> status, Optional<String> partition, Map<String, String> sorter) {
    return new ListTasksQuery(pg.value(), Optional.of(job.value()), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), status, partition, sorter, all());
  }

  private JobId createdJob(String name, List<String> tables) {
    var asyncId = right(f.jobs.createJob(new CreateJobCommand(pg.value(), name, "sales",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        JobConfigInput.EMPTY.withTables(tables))));
    return new JobId(f.store.asyncTasks().findById(pg, asyncId).get().objectId().getAsLong());
  }
}
