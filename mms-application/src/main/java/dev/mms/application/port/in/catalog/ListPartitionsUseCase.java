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

/** ListMmsPartitions: every documented filter; deleted partitions are not listed. */
public interface ListPartitionsUseCase {

  Either<DomainError, Page<PartitionView>> listPartitions(ListPartitionsQuery query);

  /**
   * {@code value} is a partition spec {@code p1=1/p2=abc}; {@code status} lists statuses (any when
   * empty); {@code sorter} maps wire fields ({@code numRows}, {@code size}, {@code lastDdlTime}) to
   * {@code asc}/{@code desc}.
   */
  record ListPartitionsQuery(
      long sourceId,
      Optional<Long> dbId,
      Optional<String> dbName,
      Optional<Long> tableId,
      Optional<String> tableName,
      Optional<String> value,
      Optional<Boolean> updated,
      List<String> status,
      Optional<Instant> lastDdlTimeStart,
      Optional<Instant> lastDdlTimeEnd,
      Map<String, String> sorter,
      PageParams page) {
    public ListPartitionsQuery {
      Objects.requireNonNull(dbId, "dbId");
      Objects.requireNonNull(dbName, "dbName");
      Objects.requireNonNull(tableId, "tableId");
      Objects.requireNonNull(tableName, "tableName");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(updated, "updated");
      status = List.copyOf(status);
      Objects.requireNonNull(lastDdlTimeStart, "lastDdlTimeStart");
      Objects.requireNonNull(lastDdlTimeEnd, "lastDdlTimeEnd");
      sorter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorter));
      Objects.requireNonNull(page, "page");
    }
  }
}
