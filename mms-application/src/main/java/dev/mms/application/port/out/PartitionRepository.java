package dev.mms.application.port.out;

import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Scanned partitions; catalogs of a million partitions are written in batches. */
public interface PartitionRepository {
  void insertAll(Collection<Partition> partitions);

  void updateAll(Collection<Partition> partitions);

  /** Only a partition of {@code sourceId}. */
  Option<Partition> findById(SourceId sourceId, PartitionId id);

  /** The partitions that exist among {@code ids}, in any order. */
  List<Partition> findByIds(Collection<PartitionId> ids);

  /** Every partition of the table, deleted ones included, ordered by id. */
  List<Partition> findByTable(TableId tableId);

  /** Every partition of the database, deleted ones included, ordered by id. */
  List<Partition> findByDatabase(DatabaseId dbId);

  Page<Partition> find(PartitionQuery query);

  /**
   * Sets the status of many partitions at once (as tasks start and end); DONE also clears
   * {@code updated}.
   */
  void updateStatus(Collection<PartitionId> ids, MigrationStatus status, Instant at);

  /** Counts of non-deleted partitions per status, for each table asked for (absent = none). */
  Map<TableId, StatusCounts> countsByTable(Collection<TableId> tableIds);

  /** Counts of non-deleted partitions per status, for each database asked for (absent = none). */
  Map<DatabaseId, StatusCounts> countsByDatabase(Collection<DatabaseId> dbIds);

  void deleteBySource(SourceId sourceId);
}
