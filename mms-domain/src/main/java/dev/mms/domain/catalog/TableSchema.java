package dev.mms.domain.catalog;

import dev.mms.domain.name.ColumnName;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Data columns and partition columns of a table; no name appears twice (ignoring case). */
public record TableSchema(List<Column> columns, List<Column> partitionColumns, Optional<String> comment) {
  public TableSchema {
    columns = List.copyOf(columns);
    partitionColumns = List.copyOf(partitionColumns);
    Objects.requireNonNull(comment, "comment");
    var seen = new HashSet<String>();
    for (var c : columns) {
      if (!seen.add(c.name().value().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("duplicate column " + c.name());
      }
    }
    for (var c : partitionColumns) {
      if (!seen.add(c.name().value().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("duplicate column " + c.name());
      }
    }
  }

  public boolean partitioned() {
    return !partitionColumns.isEmpty();
  }

  /** The partition column named {@code name}, ignoring case as the filter language does. */
  public Optional<Column> partitionColumn(String name) {
    return partitionColumns.stream()
        .filter(c -> c.name().value().equalsIgnoreCase(name))
        .findFirst();
  }

  public List<ColumnName> allColumnNames() {
    return java.util.stream.Stream.concat(columns.stream(), partitionColumns.stream())
        .map(Column::name)
        .toList();
  }
}
