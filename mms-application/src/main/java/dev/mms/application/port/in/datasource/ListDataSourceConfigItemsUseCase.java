package dev.mms.application.port.in.datasource;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.ConfigItem;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** ListMmsDataSourceConfigItems: the config keys a source type takes, described in {@code lang}. */
public interface ListDataSourceConfigItemsUseCase {

  /** An unknown type is an {@code InvalidValue} listing the known ones. */
  Either<DomainError, List<ConfigItem>> listDataSourceConfigItems(ListDataSourceConfigItemsQuery query);

  /** {@code sourceType} is case-insensitive and empty when not given. */
  record ListDataSourceConfigItemsQuery(String sourceType, Optional<String> lang) {
    public ListDataSourceConfigItemsQuery {
      Objects.requireNonNull(sourceType, "sourceType");
      Objects.requireNonNull(lang, "lang");
    }
  }
}
