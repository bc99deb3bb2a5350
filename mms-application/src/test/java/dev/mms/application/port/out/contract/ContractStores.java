package dev.mms.application.port.out.contract;

import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TimerLogRepository;
import dev.mms.application.port.out.TimerRepository;
import dev.mms.application.port.out.TransactionPort;
import java.util.Objects;

/**
 * One fresh, empty set of persistence adapters that share a store, as a contract test gets it
 * from {@link PortContract#newStores()}. {@code cleanup} runs after each test (drop a schema,
 * close a pool).
 */
public record ContractStores(
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
    TransactionPort transactions,
    Runnable cleanup) implements AutoCloseable {

  public ContractStores {
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
    Objects.requireNonNull(cleanup, "cleanup");
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
