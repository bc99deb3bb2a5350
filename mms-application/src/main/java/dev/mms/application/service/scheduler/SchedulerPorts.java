package dev.mms.application.service.scheduler;

import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TransactionPort;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** What workers read and write, the engines they run phases with, and the clock they trust. */
public record SchedulerPorts(
    TaskRepository tasks, TaskLogRepository taskLogs, JobRepository jobs,
    DataSourceRepository sources, TableRepository tables, PartitionRepository partitions,
    List<MigrationEnginePort> engines, IdGenerator ids, TransactionPort tx, Clock clock) {
  public SchedulerPorts {
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(taskLogs, "taskLogs");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(partitions, "partitions");
    engines = List.copyOf(engines);
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(clock, "clock");
  }
}
