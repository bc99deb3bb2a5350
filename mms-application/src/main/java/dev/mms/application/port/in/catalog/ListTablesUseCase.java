package dev.mms.application.port.in.catalog;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.query.Page;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** ListMmsTables: every documented filter; deleted tables are not listed. */
public interface ListTablesUseCase {

  Either<DomainError, Page<TableView>> listTables(ListTablesQuery query);

  /**
   * {@code status} lists migration statuses (any when empty); {@code sorter} maps wire fields
   * ({@code numRows}, {@code size}, {@code lastDdlTime}) to {@code asc}/{@code desc}.
   */
  record ListTablesQuery(
      long sourceId,
      Optional<Long> dbId,
      Optional<String> dbName,
      Optional<String> name,
      Optional<String> type,
      Optional<Boolean> hasPartitions,
      Optional<String> dstProjectName,
      Optional<String> dstSchemaName,
      Optional<String> dstName,
      List<String> status,
      Optional<Instant> lastDdlTimeStart,
      Optional<Instant> lastDdlTimeEnd,
      Map<String, String> sorter,
      PageParams page) {
    public ListTablesQuery {
      Objects.requireNonNull(dbId, "dbId");
      Objects.requireNonNull(dbName, "dbName");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(hasPartitions, "hasPartitions");
      Objects.requireNonNull(dstProjectName, "dstProjectName");
      Objects.requireNonNull(dstSchemaName, "dstSchemaName");
      Objects.requireNonNull(dstName, "dstName");
      status = List.copyOf(status);
      Objects.requireNonNull(lastDdlTimeStart, "lastDdlTimeStart");
      Objects.requireNonNull(lastDdlTimeEnd, "lastDdlTimeEnd");
      sorter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorter));
      Objects.requireNonNull(page, "page");
    }
  }
}
