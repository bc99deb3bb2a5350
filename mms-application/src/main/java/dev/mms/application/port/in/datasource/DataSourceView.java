package dev.mms.application.port.in.datasource;

import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.source.DataSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data source as GetMmsDataSource and ListMmsDataSources show it: the source with its config
 * masked (passwords are {@link DataSource#MASK}), the counts of its non-deleted catalog, its latest
 * scan, and, when asked for, its config items with their current values.
 */
public record DataSourceView(
    DataSource source,
    int dbNum,
    StatusCounts tables,
    StatusCounts partitions,
    Optional<AsyncTask> lastScan,
    List<ConfigEntry> config) {
  public DataSourceView {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(lastScan, "lastScan");
    config = List.copyOf(config);
  }
}
