package dev.mms.application.port.query;

import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * ListMmsPartitions: {@code value} is an exact partition spec; {@code statuses} empty means any;
 * the lastDdlTime range is inclusive. Deleted partitions are not listed.
 */
public record PartitionQuery(
    SourceId sourceId,
    Optional<DatabaseId> dbId,
    Optional<DatabaseName> dbName,
    Optional<TableId> tableId,
    Optional<TableName> tableName,
    Optional<PartitionSpec> value,
    Optional<Boolean> updated,
    Set<MigrationStatus> statuses,
    Optional<Instant> lastDdlTimeStart,
    Optional<Instant> lastDdlTimeEnd,
    List<Sort<PartitionQuery.Field>> sorts,
    PageRequest page) {

  /** Sortable fields. */
  public enum Field { NUM_ROWS, SIZE, LAST_DDL_TIME }

  public PartitionQuery {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(dbName, "dbName");
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(updated, "updated");
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(lastDdlTimeStart, "lastDdlTimeStart");
    Objects.requireNonNull(lastDdlTimeEnd, "lastDdlTimeEnd");
    sorts = List.copyOf(sorts);
    Objects.requireNonNull(page, "page");
  }
}
