package dev.mms.application.port.in.catalog;

import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.StatusCounts;
import java.util.Objects;

/** A database with the name of its source and the counters of its non-deleted tables and partitions. */
public record DatabaseView(
    Database database, String sourceName, StatusCounts tables, StatusCounts partitions) {
  public DatabaseView {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(partitions, "partitions");
  }
}
