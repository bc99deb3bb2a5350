package dev.mms.adapter.jdbc.source;

import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which databases and tables a scan reads: those within the scan's scope that the source's
 * white lists admit and its black lists do not name. List entries match ignoring case; a table
 * entry is {@code db.table}, or a bare {@code table} meaning that table in every database.
 */
record ScanFilter(
    ScanScope scope, List<String> dbWhite, List<String> dbBlack, List<String> tableWhite,
    List<String> tableBlack) {

  static ScanFilter of(DataSource source, ScanScope scope) {
    return new ScanFilter(scope, list(source, ConfigItems.DATABASE_WHITELIST),
        list(source, ConfigItems.DATABASE_BLACKLIST), list(source, ConfigItems.TABLE_WHITELIST),
        list(source, ConfigItems.TABLE_BLACKLIST));
  }

  boolean includesDatabase(String db) {
    return scope.database().map(d -> d.value().equals(db)).orElse(true)
        && (dbWhite.isEmpty() || contains(dbWhite, db))
        && !contains(dbBlack, db);
  }

  boolean includesTable(String db, String table) {
    return (scope.tables().isEmpty()
            || scope.tables().stream().map(TableName::value).anyMatch(table::equals))
        && (tableWhite.isEmpty() || namesTable(tableWhite, db, table))
        && !namesTable(tableBlack, db, table);
  }

  private static boolean namesTable(List<String> entries, String db, String table) {
    return contains(entries, db + "." + table) || contains(entries, table);
  }

  private static boolean contains(List<String> entries, String name) {
    return entries.stream().anyMatch(name::equalsIgnoreCase);
  }

  /** A list item given as a JSON list or as comma-separated text. */
  static List<String> list(DataSource source, String key) {
    return source.configValue(key).map(ScanFilter::items).orElse(List.of());
  }

  static List<String> items(ConfigValue value) {
    var raw = value instanceof ConfigValue.Items items
        ? items.values().stream().map(ConfigValue::asText)
        : Arrays.stream(value.asText().split(","));
    return raw.map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static Optional<ConfigValue> entryIgnoringCase(ConfigValue.Mapping mapping, String key) {
    return mapping.entries().entrySet().stream()
        .filter(e -> e.getKey().trim().equalsIgnoreCase(key))
        .map(java.util.Map.Entry::getValue)
        .findFirst();
  }
}
