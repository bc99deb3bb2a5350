package dev.mms.application.port.in.catalog;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.query.Page;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** ListMmsDbs: by name (substring, ignoring case) and migration status, sorted as asked. */
public interface ListDatabasesUseCase {

  Either<DomainError, Page<DatabaseView>> listDatabases(ListDatabasesQuery query);

  /**
   * {@code sorter} maps wire fields ({@code numRows}, {@code size}, {@code updateTime}) to
   * {@code asc}/{@code desc}, first key first.
   */
  record ListDatabasesQuery(
      long sourceId, Optional<String> name, Optional<String> status, Map<String, String> sorter,
      PageParams page) {
    public ListDatabasesQuery {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      sorter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorter));
      Objects.requireNonNull(page, "page");
    }
  }
}
