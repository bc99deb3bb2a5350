package dev.mms.application.port.out.contract;

import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.Stores;
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
public record ContractStores(Stores stores, Runnable cleanup) implements AutoCloseable {

  public ContractStores {
    Objects.requireNonNull(stores, "stores");
    Objects.requireNonNull(cleanup, "cleanup");
  }

  public DataSourceRepository dataSources() {
    return stores.dataSources();
  }

  public DatabaseRepository databases() {
    return stores.databases();
  }

  public TableRepository tables() {
    return stores.tables();
  }

  public PartitionRepository partitions() {
    return stores.partitions();
  }

  public JobRepository jobs() {
    return stores.jobs();
  }

  public TaskRepository tasks() {
    return stores.tasks();
  }

  public TaskLogRepository taskLogs() {
    return stores.taskLogs();
  }

  public TimerRepository timers() {
    return stores.timers();
  }

  public TimerLogRepository timerLogs() {
    return stores.timerLogs();
  }

  public AsyncTaskRepository asyncTasks() {
    return stores.asyncTasks();
  }

  public IdGenerator ids() {
    return stores.ids();
  }

  public TransactionPort transactions() {
    return stores.transactions();
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
