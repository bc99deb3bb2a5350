package dev.mms.application.port.query;

import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * ListMmsTables: {@code name} is a case-insensitive substring match, the other texts exact;
 * {@code statuses} empty means any; the lastDdlTime range is inclusive. Deleted tables are not
 * listed.
 */
public record TableQuery(
    SourceId sourceId,
    Optional<DatabaseId> dbId,
    Optional<DatabaseName> dbName,
    Optional<String> name,
    Optional<String> type,
    Optional<Boolean> hasPartitions,
    Optional<String> dstProjectName,
    Optional<String> dstSchemaName,
    Optional<String> dstName,
    Set<MigrationStatus> statuses,
    Optional<Instant> lastDdlTimeStart,
    Optional<Instant> lastDdlTimeEnd,
    List<Sort<TableQuery.Field>> sorts,
    PageRequest page) {

  /** Sortable fields. */
  public enum Field { NUM_ROWS, SIZE, LAST_DDL_TIME }

  public TableQuery {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(dbName, "dbName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(hasPartitions, "hasPartitions");
    Objects.requireNonNull(dstProjectName, "dstProjectName");
    Objects.requireNonNull(dstSchemaName, "dstSchemaName");
    Objects.requireNonNull(dstName, "dstName");
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(lastDdlTimeStart, "lastDdlTimeStart");
    Objects.requireNonNull(lastDdlTimeEnd, "lastDdlTimeEnd");
    sorts = List.copyOf(sorts);
    Objects.requireNonNull(page, "page");
  }
}
