package dev.mms.application.port.in.datasource;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.query.Page;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/** ListMmsDataSources: {@code name} matches a substring, ignoring case; without paging, every row. */
public interface ListDataSourcesUseCase {

  Either<DomainError, Page<DataSourceView>> listDataSources(ListDataSourcesQuery query);

  /** Without {@code pageNum} and {@code pageSize} every matching source is returned. */
  record ListDataSourcesQuery(
      Optional<String> name, Optional<String> type, Optional<String> region, PageParams page) {
    public ListDataSourcesQuery {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(page, "page");
    }
  }
}
