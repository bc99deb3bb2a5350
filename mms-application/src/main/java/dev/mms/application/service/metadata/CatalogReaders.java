package dev.mms.application.service.metadata;

import dev.mms.application.port.out.CatalogReaderPort;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.source.DataSourceType;
import io.vavr.control.Either;
import java.util.List;

/** The catalog readers available, one chosen per data-source type. */
public record CatalogReaders(List<CatalogReaderPort> readers) {
  public CatalogReaders {
    readers = List.copyOf(readers);
  }

  /** The reader of {@code type}, or why there is none. */
  public Either<DomainError, CatalogReaderPort> forType(DataSourceType type) {
    return readers.stream()
        .filter(r -> r.supports(type))
        .findFirst()
        .<Either<DomainError, CatalogReaderPort>>map(Either::right)
        .orElseGet(() -> Either.left(new InvalidValue("type",
            "data sources of type " + type + " have no catalog reader here: their metadata cannot be read")));
  }
}
