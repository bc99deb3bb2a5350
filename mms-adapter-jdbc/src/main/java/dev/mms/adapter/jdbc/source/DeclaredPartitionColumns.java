package dev.mms.adapter.jdbc.source;

import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The partition columns {@code jdbc.partition.columns} declares: a map from {@code db.table} or
 * {@code table} (ignoring case; the qualified key wins) to comma-separated column names.
 */
final class DeclaredPartitionColumns {
  private final Optional<ConfigValue.Mapping> mapping;

  private DeclaredPartitionColumns(Optional<ConfigValue.Mapping> mapping) {
    this.mapping = mapping;
  }

  static DeclaredPartitionColumns of(DataSource source) {
    var value = source.configValue(ConfigItems.JDBC_PARTITION_COLUMNS);
    if (value.isPresent() && !(value.get() instanceof ConfigValue.Mapping)) {
      throw new JdbcSourceException(ConfigItems.JDBC_PARTITION_COLUMNS
          + " must map tables to comma-separated partition columns, got " + value.get().asText());
    }
    return new DeclaredPartitionColumns(value.map(ConfigValue.Mapping.class::cast));
  }

  /**
   * The declared partition columns of a table, resolved against its columns (exact name first,
   * then ignoring case); a declared column the table lacks fails the scan, naming it.
   */
  Optional<List<JdbcColumn>> of(String db, String table, List<JdbcColumn> columns) {
    return mapping
        .flatMap(m -> ScanFilter.entryIgnoringCase(m, db + "." + table)
            .or(() -> ScanFilter.entryIgnoringCase(m, table)))
        .map(ScanFilter::items)
        .filter(names -> !names.isEmpty())
        .map(names -> {
          var resolved = new ArrayList<JdbcColumn>();
          for (var name : names) {
            resolved.add(find(columns, name).orElseThrow(() -> new JdbcSourceException(
                ConfigItems.JDBC_PARTITION_COLUMNS + " names column '" + name + "' of table "
                    + db + "." + table + ", which has only " + columns.stream()
                    .map(JdbcColumn::name).toList())));
          }
          return List.copyOf(resolved);
        });
  }

  static Optional<JdbcColumn> find(List<JdbcColumn> columns, String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst());
  }
}
