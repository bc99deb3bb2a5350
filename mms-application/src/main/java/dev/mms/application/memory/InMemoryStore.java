package dev.mms.application.memory;

import dev.mms.application.port.out.Stores;

/**
 * One consistent set of in-memory adapters over shared state: the repositories see each other's
 * rows (a job's tally, a claim's job order, a task query's job names and partition values), and
 * {@link #transactions()} makes their writes atomic together. Create one per embedded service
 * or test.
 */
public final class InMemoryStore {
  private final Guard guard = new Guard();
  private final TaskTable taskTable = new TaskTable(guard);
  private final InMemoryDataSourceRepository dataSources = new InMemoryDataSourceRepository(guard);
  private final InMemoryDatabaseRepository databases = new InMemoryDatabaseRepository(guard);
  private final InMemoryTableRepository tables = new InMemoryTableRepository(guard);
  private final InMemoryPartitionRepository partitions = new InMemoryPartitionRepository(guard);
  private final InMemoryJobRepository jobs = new InMemoryJobRepository(guard, taskTable);
  private final InMemoryTaskRepository tasks =
      new InMemoryTaskRepository(guard, taskTable, jobs, partitions);
  private final InMemoryTaskLogRepository taskLogs = new InMemoryTaskLogRepository(guard, taskTable);
  private final InMemoryTimerRepository timers = new InMemoryTimerRepository(guard);
  private final InMemoryTimerLogRepository timerLogs = new InMemoryTimerLogRepository(guard);
  private final InMemoryAsyncTaskRepository asyncTasks = new InMemoryAsyncTaskRepository(guard);
  private final InMemoryIdGenerator ids = new InMemoryIdGenerator();
  private final InMemoryTransactions transactions = new InMemoryTransactions(guard);

  /** The repositories, ids and transactions of this store as the application takes them. */
  public Stores stores() {
    return new Stores(dataSources, databases, tables, partitions, jobs, tasks, taskLogs, timers,
        timerLogs, asyncTasks, ids, transactions);
  }

  public InMemoryDataSourceRepository dataSources() {
    return dataSources;
  }

  public InMemoryDatabaseRepository databases() {
    return databases;
  }

  public InMemoryTableRepository tables() {
    return tables;
  }

  public InMemoryPartitionRepository partitions() {
    return partitions;
  }

  public InMemoryJobRepository jobs() {
    return jobs;
  }

  public InMemoryTaskRepository tasks() {
    return tasks;
  }

  public InMemoryTaskLogRepository taskLogs() {
    return taskLogs;
  }

  public InMemoryTimerRepository timers() {
    return timers;
  }

  public InMemoryTimerLogRepository timerLogs() {
    return timerLogs;
  }

  public InMemoryAsyncTaskRepository asyncTasks() {
    return asyncTasks;
  }

  public InMemoryIdGenerator ids() {
    return ids;
  }

  public InMemoryTransactions transactions() {
    return transactions;
  }
}
