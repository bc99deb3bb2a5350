package dev.mms.application.service.task;

import dev.mms.application.port.in.task.GetTaskUseCase;
import dev.mms.application.port.in.task.ListTaskLogsUseCase;
import dev.mms.application.port.in.task.ListTasksUseCase;
import dev.mms.application.port.in.task.RetryTaskUseCase;
import dev.mms.application.port.in.task.TaskView;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.application.service.Inputs;
import dev.mms.application.service.rollup.CatalogRollUp;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskStatus;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The task use cases. */
public final class TaskService
    implements ListTasksUseCase, GetTaskUseCase, RetryTaskUseCase, ListTaskLogsUseCase {

  private static final Map<String, TaskQuery.Field> SORTS = Map.of(
      "startTime", TaskQuery.Field.START_TIME, "status", TaskQuery.Field.STATUS);

  private final DataSourceRepository sources;
  private final JobRepository jobs;
  private final TaskRepository tasks;
  private final TaskLogRepository taskLogs;
  private final TaskHistory history;
  private final CatalogRollUp rollUp;
  private final TransactionPort tx;
  private final Clock clock;

  public TaskService(
      DataSourceRepository sources, JobRepository jobs, TaskRepository tasks,
      TaskLogRepository taskLogs, TaskHistory history, CatalogRollUp rollUp, TransactionPort tx,
      Clock clock) {
    this.sources = sources;
    this.jobs = jobs;
    this.tasks = tasks;
    this.taskLogs = taskLogs;
    this.history = history;
    this.rollUp = rollUp;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<DomainError, Page<TaskView>> listTasks(ListTasksQuery query) {
    var jobId = query.jobId()
        .map(id -> JobId.of("jobId", id).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
    var status = Inputs.optionalEnum("status", query.status(), TaskStatus.class);
    var partition = Inputs.text(query.partition())
        .map(p -> PartitionSpec.parse(p).toValidation().map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
    var sorts = Inputs.sorts(query.sorter(), SORTS);
    var page = Inputs.page(query.page());
    var problems = Inputs.problems(jobId, status, partition, sorts, page);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    return Inputs.source(sources, query.sourceId()).map(source -> {
      var found = tasks.find(new TaskQuery(source.id(), jobId.get(), Inputs.text(query.jobName()),
          Inputs.text(query.srcDbName()), Inputs.text(query.srcTableName()),
          Inputs.text(query.dstDbName()), Inputs.text(query.dstTableName()), status.get(),
          partition.get(), sorts.get(), page.get()));
      var jobNames = new HashMap<JobId, String>();
      return found.map(t -> new TaskView(t,
          jobNames.computeIfAbsent(t.jobId(), id -> jobName(source, id)),
          source.name().value()));
    });
  }

  @Override
  public Either<DomainError, TaskView> getTask(GetTaskQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> task(source, query.taskId())
            .map(t -> new TaskView(t, jobName(source, t.jobId()), source.name().value())));
  }

  @Override
  public Either<DomainError, TaskId> retryTask(RetryTaskCommand command) {
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .flatMap(source -> task(source, command.taskId()))
        .flatMap(task -> task.retryByUser(clock.instant()))
        .flatMap(tasks::update)
        .peek(retried -> {
          history.append(retried, "retry by user", "ok");
          rollUp.onTaskStatus(retried, clock.instant());
        })
        .map(Task::id));
  }

  @Override
  public Either<DomainError, List<TaskLog>> listTaskLogs(ListTaskLogsQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> task(source, query.taskId()))
        .map(task -> taskLogs.findByTask(task.id()));
  }

  private Either<DomainError, Task> task(DataSource source, long raw) {
    return TaskId.of("taskId", raw).toEither()
        .flatMap(id -> tasks.findById(source.id(), id).toEither(() -> NotFound.of("Task", raw)));
  }

  private String jobName(DataSource source, JobId id) {
    return jobs.findById(source.id(), id).map(j -> j.job().name().value()).getOrElse("");
  }
}
