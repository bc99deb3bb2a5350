package dev.mms.application.port.in.datasource;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/** GetMmsDataSource: with {@code withConfig}, the config items in {@code lang} with their current values. */
public interface GetDataSourceUseCase {

  Either<DomainError, DataSourceView> getDataSource(GetDataSourceQuery query);

  /** {@code lang} is {@code zh_CN} (the default) or {@code en_US}. */
  record GetDataSourceQuery(long sourceId, boolean withConfig, Optional<String> lang) {
    public GetDataSourceQuery {
      Objects.requireNonNull(lang, "lang");
    }
  }
}
