package dev.mms.application.port.out;

import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.task.TaskId;
import java.util.Map;

/**
 * What live (not DONE) tasks already cover in a database: partitions, and non-partitioned tables.
 * The planner never puts these in a new task.
 */
public record LiveCoverage(Map<PartitionId, TaskId> partitions, Map<TableId, TaskId> tables) {
  public static final LiveCoverage NONE = new LiveCoverage(Map.of(), Map.of());

  public LiveCoverage {
    partitions = Map.copyOf(partitions);
    tables = Map.copyOf(tables);
  }
}
