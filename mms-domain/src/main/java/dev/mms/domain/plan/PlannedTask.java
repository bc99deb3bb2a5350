package dev.mms.domain.plan;

import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.Table;
import java.util.List;
import java.util.Objects;

/**
 * One task of a plan: a group of partitions of one table (none for a non-partitioned table) with
 * their known bytes and rows. {@code oversize} marks a group over the byte cap on its own.
 */
public record PlannedTask(
    Table table, String dstTableName, List<Partition> partitions, long bytes, long rows,
    boolean oversize) {
  public PlannedTask {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dstTableName, "dstTableName");
    partitions = List.copyOf(partitions);
  }
}
