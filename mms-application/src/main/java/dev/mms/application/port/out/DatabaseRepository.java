package dev.mms.application.port.out;

import dev.mms.application.port.query.DatabaseQuery;
import dev.mms.application.port.query.Page;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;

/** Scanned databases of every source. */
public interface DatabaseRepository {
  void insertAll(Collection<Database> databases);

  void updateAll(Collection<Database> databases);

  /** Only a database of {@code sourceId}. */
  Option<Database> findById(SourceId sourceId, DatabaseId id);

  Option<Database> findByName(SourceId sourceId, DatabaseName name);

  /** Every database of the source, deleted ones included, ordered by id. */
  List<Database> findAllBySource(SourceId sourceId);

  Page<Database> find(DatabaseQuery query);

  void deleteBySource(SourceId sourceId);

  /**
   * Inside a transaction, waits for and then holds the right to write the catalog statuses of
   * {@code sourceId} until the transaction ends. Scans (which read and rewrite catalog rows) and
   * roll-ups (which derive statuses from other rows) of one source take it first, so neither
   * writes back what it read before the other committed.
   */
  void lockCatalog(SourceId sourceId);
}
