package dev.mms.domain.plan;

import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything planning reads: the job config, the catalog snapshot of the source database (deleted
 * tables and partitions are ignored) and what live tasks already cover.
 */
public record PlanRequest(
    JobConfig config,
    Database database,
    List<Table> tables,
    List<Partition> partitions,
    Map<PartitionId, TaskId> livePartitions,
    Map<TableId, TaskId> liveTables,
    GroupingLimits limits) {
  public PlanRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(database, "database");
    tables = List.copyOf(tables);
    partitions = List.copyOf(partitions);
    livePartitions = Map.copyOf(livePartitions);
    liveTables = Map.copyOf(liveTables);
    Objects.requireNonNull(limits, "limits");
  }
}
