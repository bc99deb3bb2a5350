package dev.mms.application.port.in.catalog;

import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import java.util.Objects;

/** A table with the name of its source and the counters of its non-deleted partitions. */
public record TableView(Table table, String sourceName, StatusCounts partitions) {
  public TableView {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(partitions, "partitions");
  }
}
