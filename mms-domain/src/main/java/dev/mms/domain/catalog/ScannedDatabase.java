package dev.mms.domain.catalog;

import dev.mms.domain.name.DatabaseName;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A database as a catalog reader saw it. */
public record ScannedDatabase(
    DatabaseName name,
    Optional<String> description,
    Optional<String> owner,
    Optional<String> location,
    Optional<Instant> lastDdlTime,
    List<ScannedTable> tables) {
  public ScannedDatabase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(lastDdlTime, "lastDdlTime");
    tables = List.copyOf(tables);
  }
}
