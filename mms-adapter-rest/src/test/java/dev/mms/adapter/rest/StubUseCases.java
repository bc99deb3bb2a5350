package dev.mms.adapter.rest;

import dev.mms.application.port.in.catalog.GetDatabaseUseCase;
import dev.mms.application.port.in.catalog.GetPartitionUseCase;
import dev.mms.application.port.in.catalog.GetTableUseCase;
import dev.mms.application.port.in.catalog.ListDatabasesUseCase;
import dev.mms.application.port.in.catalog.ListPartitionsUseCase;
import dev.mms.application.port.in.catalog.ListTablesUseCase;
import dev.mms.application.port.in.catalog.UpdateDatabaseUseCase;
import dev.mms.application.port.in.catalog.UpdateTableUseCase;
import dev.mms.application.port.in.catalog.UpdateTablesUseCase;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase;
import dev.mms.application.port.in.datasource.DeleteDataSourceUseCase;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase;
import dev.mms.application.port.in.datasource.ListDataSourceConfigItemsUseCase;
import dev.mms.application.port.in.datasource.ListDataSourcesUseCase;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceResult;
import dev.mms.application.port.in.job.CreateJobUseCase;
import dev.mms.application.port.in.job.DeleteJobUseCase;
import dev.mms.application.port.in.job.GetJobUseCase;
import dev.mms.application.port.in.job.ListJobsUseCase;
import dev.mms.application.port.in.job.PlanJobUseCase;
import dev.mms.application.port.in.job.RetryJobUseCase;
import dev.mms.application.port.in.job.StartJobUseCase;
import dev.mms.application.port.in.job.StopJobUseCase;
import dev.mms.application.port.in.metadata.CreateScanUseCase;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase;
import dev.mms.application.port.in.metadata.GetScanUseCase;
import dev.mms.application.port.in.task.GetTaskUseCase;
import dev.mms.application.port.in.task.ListTaskLogsUseCase;
import dev.mms.application.port.in.task.ListTasksUseCase;
import dev.mms.application.port.in.task.RetryTaskUseCase;
import dev.mms.application.port.in.timer.CreateTimerUseCase;
import dev.mms.application.port.in.timer.DeleteTimerUseCase;
import dev.mms.application.port.in.timer.GetTimerUseCase;
import dev.mms.application.port.in.timer.ListTimerLogsUseCase;
import dev.mms.application.port.in.timer.ListTimersUseCase;
import dev.mms.application.port.in.timer.TriggerTimerUseCase;
import dev.mms.application.port.in.timer.UpdateTimerUseCase;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every use case the API serves, answering a sample. A test replaces a field to answer otherwise;
 * {@link #useCases()} remembers what each call received and reads the fields at call time.
 */
public final class StubUseCases {
  private final List<Object> received = new ArrayList<>();

  public CreateDataSourceUseCase createDataSource = input -> Either.right(Samples.SOURCE);
  public ListDataSourcesUseCase listDataSources =
      input -> Either.right(Samples.page(List.of(Samples.dataSourceView()), 1, 1, 10));
  public GetDataSourceUseCase getDataSource = input -> Either.right(Samples.dataSourceView());
  public UpdateDataSourceUseCase updateDataSource =
      input ->
          Either.right(
              new UpdateDataSourceResult(Samples.SOURCE, Optional.of(new AsyncTaskId(100))));
  public DeleteDataSourceUseCase deleteDataSource = input -> Either.right(Samples.SOURCE);
  public ListDataSourceConfigItemsUseCase listDataSourceConfigItems =
      input -> Either.right(List.of(Samples.configItem()));
  public CreateScanUseCase createScan = input -> Either.right(new AsyncTaskId(1000002));
  public GetScanUseCase getScan = input -> Either.right(Samples.scan());
  public GetAsyncTaskUseCase getAsyncTask = input -> Either.right(Samples.jobCreation());
  public ListDatabasesUseCase listDatabases =
      input -> Either.right(Samples.page(List.of(Samples.databaseView()), 21, 3, 10));
  public GetDatabaseUseCase getDatabase = input -> Either.right(Samples.databaseView());
  public UpdateDatabaseUseCase updateDatabase = input -> Either.right(new DatabaseId(11));
  public ListTablesUseCase listTables =
      input -> Either.right(Samples.page(List.of(Samples.tableView()), 1, 1, 10));
  public GetTableUseCase getTable = input -> Either.right(Samples.tableView());
  public UpdateTableUseCase updateTable = input -> Either.right(new TableId(21));
  public UpdateTablesUseCase updateTables = input -> Either.right(2);
  public ListPartitionsUseCase listPartitions =
      input -> Either.right(Samples.page(List.of(Samples.partitionView()), 1, 1, 10));
  public GetPartitionUseCase getPartition = input -> Either.right(Samples.partitionView());
  public CreateJobUseCase createJob = input -> Either.right(new AsyncTaskId(100));
  public PlanJobUseCase planJob = input -> Either.right(Samples.plan());
  public ListJobsUseCase listJobs =
      input -> Either.right(Samples.page(List.of(Samples.jobSummary()), 1, 1, 10));
  public GetJobUseCase getJob = input -> Either.right(Samples.jobSummary());
  public DeleteJobUseCase deleteJob = input -> Either.right(new JobId(88));
  public StartJobUseCase startJob = input -> Either.right(new JobId(88));
  public StopJobUseCase stopJob = input -> Either.right(new JobId(88));
  public RetryJobUseCase retryJob = input -> Either.right(new JobId(88));
  public ListTasksUseCase listTasks =
      input -> Either.right(Samples.page(List.of(Samples.taskView()), 1, 1, 10));
  public GetTaskUseCase getTask = input -> Either.right(Samples.taskView());
  public ListTaskLogsUseCase listTaskLogs = input -> Either.right(List.of(Samples.taskLog()));
  public RetryTaskUseCase retryTask = input -> Either.right(new TaskId(4023));
  public CreateTimerUseCase createTimer = input -> Either.right(new TimerId(1));
  public ListTimersUseCase listTimers =
      input -> Either.right(Samples.page(List.of(Samples.timer()), 1, 1, 10));
  public GetTimerUseCase getTimer = input -> Either.right(Samples.timer());
  public UpdateTimerUseCase updateTimer = input -> Either.right(new TimerId(1));
  public DeleteTimerUseCase deleteTimer = input -> Either.right(new TimerId(1));
  public TriggerTimerUseCase triggerTimer = input -> Either.right(new TimerId(1));
  public ListTimerLogsUseCase listTimerLogs =
      input -> Either.right(Samples.page(List.of(Samples.timerLogView()), 1, 1, 10));

  public UseCases useCases() {
    return new UseCases(
        input -> record(input, () -> createDataSource.createDataSource(input)),
        input -> record(input, () -> listDataSources.listDataSources(input)),
        input -> record(input, () -> getDataSource.getDataSource(input)),
        input -> record(input, () -> updateDataSource.updateDataSource(input)),
        input -> record(input, () -> deleteDataSource.deleteDataSource(input)),
        input -> record(input, () -> listDataSourceConfigItems.listDataSourceConfigItems(input)),
        input -> record(input, () -> createScan.createScan(input)),
        input -> record(input, () -> getScan.getScan(input)),
        input -> record(input, () -> getAsyncTask.getAsyncTask(input)),
        input -> record(input, () -> listDatabases.listDatabases(input)),
        input -> record(input, () -> getDatabase.getDatabase(input)),
        input -> record(input, () -> updateDatabase.updateDatabase(input)),
        input -> record(input, () -> listTables.listTables(input)),
        input -> record(input, () -> getTable.getTable(input)),
        input -> record(input, () -> updateTable.updateTable(input)),
        input -> record(input, () -> updateTables.updateTables(input)),
        input -> record(input, () -> listPartitions.listPartitions(input)),
        input -> record(input, () -> getPartition.getPartition(input)),
        input -> record(input, () -> createJob.createJob(input)),
        input -> record(input, () -> planJob.planJob(input)),
        input -> record(input, () -> listJobs.listJobs(input)),
        input -> record(input, () -> getJob.getJob(input)),
        input -> record(input, () -> deleteJob.deleteJob(input)),
        input -> record(input, () -> startJob.startJob(input)),
        input -> record(input, () -> stopJob.stopJob(input)),
        input -> record(input, () -> retryJob.retryJob(input)),
        input -> record(input, () -> listTasks.listTasks(input)),
        input -> record(input, () -> getTask.getTask(input)),
        input -> record(input, () -> listTaskLogs.listTaskLogs(input)),
        input -> record(input, () -> retryTask.retryTask(input)),
        input -> record(input, () -> createTimer.createTimer(input)),
        input -> record(input, () -> listTimers.listTimers(input)),
        input -> record(input, () -> getTimer.getTimer(input)),
        input -> record(input, () -> updateTimer.updateTimer(input)),
        input -> record(input, () -> deleteTimer.deleteTimer(input)),
        input -> record(input, () -> triggerTimer.triggerTimer(input)),
        input -> record(input, () -> listTimerLogs.listTimerLogs(input)));
  }

  /** How many calls the use cases received. */
  public int calls() {
    return received.size();
  }

  /** The command or query the last call received. */
  public Object last() {
    return received.get(received.size() - 1);
  }

  private <T> Either<DomainError, T> record(Object input, Supplier<Either<DomainError, T>> call) {
    received.add(input);
    return call.get();
  }
}
