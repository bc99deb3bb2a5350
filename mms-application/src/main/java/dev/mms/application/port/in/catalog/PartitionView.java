package dev.mms.application.port.in.catalog;

import dev.mms.domain.catalog.Partition;
import java.util.Objects;
import java.util.Optional;

/**
 * A partition with the name of its source and where it goes: its table's destination project,
 * schema and table, and the destination partition value (the source value).
 */
public record PartitionView(
    Partition partition, String sourceName, Optional<String> dstProjectName,
    Optional<String> dstSchemaName, String dstTableName, String dstValue) {
  public PartitionView {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(dstProjectName, "dstProjectName");
    Objects.requireNonNull(dstSchemaName, "dstSchemaName");
    Objects.requireNonNull(dstTableName, "dstTableName");
    Objects.requireNonNull(dstValue, "dstValue");
  }
}
