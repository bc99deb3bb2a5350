package dev.mms.domain.catalog;

import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One partition of a source table. Size and row count are unknown when the source cannot tell;
 * {@code updated} marks a partition whose size, rows or DDL time changed since it was migrated.
 * Its status is INIT, DOING, DONE or FAILED, set by the tasks that cover it.
 */
public record Partition(
    PartitionId id,
    SourceId sourceId,
    DatabaseId dbId,
    DatabaseName dbName,
    TableId tableId,
    TableName tableName,
    PartitionSpec value,
    Optional<Instant> lastDdlTime,
    OptionalLong numRows,
    OptionalLong size,
    MigrationStatus status,
    boolean updated,
    Instant createTime,
    Instant updateTime,
    boolean deleted) {
  public Partition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(dbName, "dbName");
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(lastDdlTime, "lastDdlTime");
    Objects.requireNonNull(numRows, "numRows");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(status, "status");
    if (status == MigrationStatus.PART_DONE) {
      throw new IllegalArgumentException("a partition is never PART_DONE");
    }
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(updateTime, "updateTime");
  }

  public Partition withStatus(MigrationStatus newStatus, Instant at) {
    return new Partition(id, sourceId, dbId, dbName, tableId, tableName, value, lastDdlTime,
        numRows, size, newStatus, newStatus == MigrationStatus.DONE ? false : updated, createTime,
        at, deleted);
  }
}
