package dev.mms.domain.catalog;

import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scan covers: the whole source, one database, or listed tables of one database. Objects
 * outside the scope are left as they are; inside it, those the source no longer has are marked
 * deleted.
 */
public record ScanScope(Optional<DatabaseName> database, List<TableName> tables) {
  public static final ScanScope WHOLE_SOURCE = new ScanScope(Optional.empty(), List.of());

  public ScanScope {
    Objects.requireNonNull(database, "database");
    tables = List.copyOf(tables);
    if (database.isEmpty() && !tables.isEmpty()) {
      throw new IllegalArgumentException("tables can be scanned only within a database");
    }
  }
}
