package dev.mms.adapter.jdbc.catalog;

import java.util.Collection;
import org.jdbi.v3.core.Handle;

/**
 * A source's catalog lock: its {@code mms_data_source} row, taken FOR UPDATE (every dialect here
 * has it) and held until the transaction ends. Scans, roll-ups and catalog updates take it first
 * ({@link JdbcDatabaseRepository#lockCatalog}), and so does every write of partitions, so that
 * one transaction at a time changes a source's partitions and their counts. A source without a
 * row has nothing to lock.
 */
final class CatalogLock {
  private CatalogLock() {}

  /** Takes the locks of the sources among {@code sourceIds}, in id order so that none deadlocks. */
  static void take(Handle h, Collection<Long> sourceIds) {
    sourceIds.stream().distinct().sorted().forEach(source ->
        h.createQuery("SELECT id FROM mms_data_source WHERE id = :source FOR UPDATE")
            .bind("source", source)
            .mapTo(Long.class)
            .findOne());
  }
}
