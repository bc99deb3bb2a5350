package dev.mms.domain.catalog;

import dev.mms.domain.name.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A table as a catalog reader saw it, with its partitions when it is partitioned. */
public record ScannedTable(
    TableName name,
    String type,
    TableSchema schema,
    Optional<String> owner,
    Optional<String> location,
    Optional<String> inputFormat,
    Optional<String> outputFormat,
    Optional<String> serde,
    Optional<String> extra,
    Optional<Instant> lastDdlTime,
    OptionalLong numRows,
    OptionalLong size,
    List<ScannedPartition> partitions) {
  public ScannedTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(outputFormat, "outputFormat");
    Objects.requireNonNull(serde, "serde");
    Objects.requireNonNull(extra, "extra");
    Objects.requireNonNull(lastDdlTime, "lastDdlTime");
    Objects.requireNonNull(numRows, "numRows");
    Objects.requireNonNull(size, "size");
    partitions = List.copyOf(partitions);
    if (!schema.partitioned() && !partitions.isEmpty()) {
      throw new IllegalArgumentException("table " + name + " has partitions but no partition columns");
    }
  }
}
