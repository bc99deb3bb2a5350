package dev.mms.application.port.query;

import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.source.SourceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** ListMmsDbs: {@code name} is a case-insensitive substring match; deleted databases are listed too. */
public record DatabaseQuery(
    SourceId sourceId, Optional<String> name, Optional<MigrationStatus> status,
    List<Sort<DatabaseQuery.Field>> sorts, PageRequest page) {

  /** Sortable fields. */
  public enum Field { NUM_ROWS, SIZE, UPDATE_TIME }

  public DatabaseQuery {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    sorts = List.copyOf(sorts);
    Objects.requireNonNull(page, "page");
  }
}
