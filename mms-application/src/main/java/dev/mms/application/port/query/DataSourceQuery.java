package dev.mms.application.port.query;

import dev.mms.domain.source.DataSourceType;
import java.util.Objects;
import java.util.Optional;

/** ListMmsDataSources: {@code name} is a case-insensitive substring match. */
public record DataSourceQuery(
    Optional<String> name, Optional<DataSourceType> type, Optional<String> region, PageRequest page) {
  public DataSourceQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(page, "page");
  }
}
