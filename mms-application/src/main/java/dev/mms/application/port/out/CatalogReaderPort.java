package dev.mms.application.port.out;

import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import java.util.function.IntConsumer;

/**
 * Reads the metadata of a data source of the types it supports. Connection failures are
 * unchecked exceptions whose message a user can act on; the scan that called it fails with it.
 */
public interface CatalogReaderPort {
  boolean supports(DataSourceType type);

  /** Reads what {@code scope} covers, reporting progress in hundredths of a percent (0..10000). */
  CatalogSnapshot read(DataSource source, ScanScope scope, IntConsumer progress);

  /** Connects with the source's config and says what it found, or throws with what failed. */
  String testConnection(DataSource source);
}
