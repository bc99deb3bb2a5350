package dev.mms.domain.catalog;

import java.util.List;

/** What one scan read from a data source: the databases (and their tables) within its scope. */
public record CatalogSnapshot(List<ScannedDatabase> databases) {
  public CatalogSnapshot {
    databases = List.copyOf(databases);
  }
}
