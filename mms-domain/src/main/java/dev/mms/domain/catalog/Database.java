package dev.mms.domain.catalog;

import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A database (schema, dataset) of a data source as last scanned, with its destination mapping.
 * {@code status} is the roll-up over its tables; {@code deleted} marks one that disappeared from
 * the source at the last scan.
 */
public record Database(
    DatabaseId id,
    SourceId sourceId,
    DatabaseName name,
    Optional<String> description,
    Optional<String> owner,
    Optional<String> location,
    Optional<String> extra,
    Optional<Instant> lastDdlTime,
    long numRows,
    long size,
    MigrationStatus status,
    boolean updated,
    Optional<String> dstProjectName,
    Optional<String> dstName,
    Instant createTime,
    Instant updateTime,
    boolean deleted) {
  public Database {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(extra, "extra");
    Objects.requireNonNull(lastDdlTime, "lastDdlTime");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dstProjectName, "dstProjectName");
    Objects.requireNonNull(dstName, "dstName");
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(updateTime, "updateTime");
  }

  public Database withStatus(MigrationStatus newStatus, Instant at) {
    return new Database(id, sourceId, name, description, owner, location, extra, lastDdlTime,
        numRows, size, newStatus, updated, dstProjectName, dstName, createTime, at, deleted);
  }

  public Database withDestination(Optional<String> project, Optional<String> schema, Instant at) {
    return new Database(id, sourceId, name, description, owner, location, extra, lastDdlTime,
        numRows, size, status, updated, project, schema, createTime, at, deleted);
  }
}
