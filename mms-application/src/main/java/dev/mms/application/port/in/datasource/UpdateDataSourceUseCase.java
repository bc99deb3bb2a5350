package dev.mms.application.port.in.datasource;

import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * UpdateMmsDataSource: {@code UPDATE_CONFIG}, {@code START}, {@code STOP} or {@code RENAME}; with
 * {@code test} the connection is checked afterwards by an async task whose id is returned.
 */
public interface UpdateDataSourceUseCase {

  Either<DomainError, UpdateDataSourceResult> updateDataSource(UpdateDataSourceCommand command);

  /**
   * {@code action} is empty when not given; {@code name} is the new name of a RENAME;
   * {@code config} holds the keys an UPDATE_CONFIG changes (a masked password keeps the stored one).
   */
  record UpdateDataSourceCommand(
      long sourceId, String action, Optional<String> name, Map<String, ConfigValue> config,
      boolean test) {
    public UpdateDataSourceCommand {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(name, "name");
      config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
  }

  /** The source, and the connection test to poll when one was asked for. */
  record UpdateDataSourceResult(SourceId sourceId, Optional<AsyncTaskId> asyncTaskId) {
    public UpdateDataSourceResult {
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(asyncTaskId, "asyncTaskId");
    }
  }
}
