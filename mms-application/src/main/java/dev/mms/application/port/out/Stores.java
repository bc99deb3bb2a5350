package dev.mms.application.port.out;

import java.util.Objects;

/**
 * One consistent set of persistence adapters over one store: what a persistence adapter hands to
 * the application, so that swapping in-memory for JDBC is one argument.
 */
public record Stores(
    DataSourceRepository dataSources,
    DatabaseRepository databases,
    TableRepository tables,
    PartitionRepository partitions,
    JobRepository jobs,
    TaskRepository tasks,
    TaskLogRepository taskLogs,
    TimerRepository timers,
    TimerLogRepository timerLogs,
    AsyncTaskRepository asyncTasks,
    IdGenerator ids,
    TransactionPort transactions) {

  public Stores {
    Objects.requireNonNull(dataSources, "dataSources");
    Objects.requireNonNull(databases, "databases");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(taskLogs, "taskLogs");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(timerLogs, "timerLogs");
    Objects.requireNonNull(asyncTasks, "asyncTasks");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(transactions, "transactions");
  }
}
