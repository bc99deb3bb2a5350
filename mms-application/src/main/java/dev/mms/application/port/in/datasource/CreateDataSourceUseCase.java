package dev.mms.application.port.in.datasource;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** CreateMmsDataSource: registers a source whose config is checked against the items of its type. */
public interface CreateDataSourceUseCase {

  /** A duplicate name is a {@code Conflict}; every config problem is reported at once. */
  Either<DomainError, SourceId> createDataSource(CreateDataSourceCommand command);

  /** {@code name} and {@code type} are empty when not given. */
  record CreateDataSourceCommand(
      String name, String type, Map<String, ConfigValue> config, Optional<String> region,
      Optional<String> networklink) {
    public CreateDataSourceCommand {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(networklink, "networklink");
    }
  }
}
