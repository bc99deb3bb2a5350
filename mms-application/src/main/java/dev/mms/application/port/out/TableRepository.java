package dev.mms.application.port.out;

import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TableQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Scanned tables with their schemas. */
public interface TableRepository {
  void insertAll(Collection<Table> tables);

  void updateAll(Collection<Table> tables);

  /** Only a table of {@code sourceId}. */
  Option<Table> findById(SourceId sourceId, TableId id);

  List<Table> findByIds(Collection<TableId> ids);

  Option<Table> findByName(DatabaseId dbId, TableName name);

  /** Every table of the database, deleted ones included, ordered by id. */
  List<Table> findByDatabase(DatabaseId dbId);

  Page<Table> find(TableQuery query);

  /** Counts of non-deleted tables per status, for each database asked for (absent = none). */
  Map<DatabaseId, StatusCounts> countsByDatabase(Collection<DatabaseId> dbIds);

  void deleteBySource(SourceId sourceId);
}
