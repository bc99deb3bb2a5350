package dev.mms.domain.catalog;

import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A source table as last scanned, with its destination mapping ({@code dstName} defaults to the
 * source name) and its migration status: from its task when not partitioned, else the roll-up
 * over its partitions.
 */
public record Table(
    TableId id,
    SourceId sourceId,
    DatabaseId dbId,
    DatabaseName dbName,
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
    long numRows,
    long size,
    MigrationStatus status,
    boolean updated,
    Optional<String> dstProjectName,
    Optional<String> dstSchemaName,
    Optional<String> dstName,
    Instant createTime,
    Instant updateTime,
    boolean deleted) {
  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(dbName, "dbName");
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
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dstProjectName, "dstProjectName");
    Objects.requireNonNull(dstSchemaName, "dstSchemaName");
    Objects.requireNonNull(dstName, "dstName");
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(updateTime, "updateTime");
  }

  public boolean partitioned() {
    return schema.partitioned();
  }

  /** The destination table name: the mapped one, or the source name. */
  public String effectiveDstName() {
    return dstName.orElse(name.value());
  }

  public Table withStatus(MigrationStatus newStatus, Instant at) {
    return new Table(id, sourceId, dbId, dbName, name, type, schema, owner, location, inputFormat,
        outputFormat, serde, extra, lastDdlTime, numRows, size, newStatus, updated, dstProjectName,
        dstSchemaName, dstName, createTime, at, deleted);
  }

  public Table withDestination(
      Optional<String> project, Optional<String> schemaName, Optional<String> table, Instant at) {
    return new Table(id, sourceId, dbId, dbName, name, type, schema, owner, location, inputFormat,
        outputFormat, serde, extra, lastDdlTime, numRows, size, status, updated, project,
        schemaName, table, createTime, at, deleted);
  }

  /** After a successful migration the table is no longer "changed since last migration". */
  public Table withUpdated(boolean flag, Instant at) {
    return new Table(id, sourceId, dbId, dbName, name, type, schema, owner, location, inputFormat,
        outputFormat, serde, extra, lastDdlTime, numRows, size, status, flag, dstProjectName,
        dstSchemaName, dstName, createTime, at, deleted);
  }
}
