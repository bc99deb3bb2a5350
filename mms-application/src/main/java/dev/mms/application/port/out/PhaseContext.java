package dev.mms.application.port.out;

import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.Job;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.task.Task;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Everything a phase of a task needs: the source (with its config), the job (mappings and
 * switches), the task (destination), the source table and the partitions the task covers (empty
 * for a non-partitioned table). {@code rowsMoved} receives the running total of rows the data
 * phase has moved so far.
 */
public record PhaseContext(
    DataSource source, Job job, Task task, Table table, List<Partition> partitions,
    Cancellation cancellation, LongConsumer rowsMoved) {
  public PhaseContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(table, "table");
    partitions = List.copyOf(partitions);
    Objects.requireNonNull(cancellation, "cancellation");
    Objects.requireNonNull(rowsMoved, "rowsMoved");
  }
}
