package dev.mms.application.port.in.catalog;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * UpdateMmsTables: the batch form of UpdateMmsTable over tables of one database, named by
 * {@code tableNames} (or by the deprecated {@code tables} ids). Unknown names are an error listing
 * them, and then nothing is changed.
 */
public interface UpdateTablesUseCase {

  /** The number of tables updated. */
  Either<DomainError, Integer> updateTables(UpdateTablesCommand command);

  /** {@code dbName} is empty when not given. */
  record UpdateTablesCommand(
      long sourceId, String dbName, List<String> tableNames, List<Long> tableIds,
      Optional<String> dstProjectName, Optional<String> dstSchemaName, Optional<String> status) {
    public UpdateTablesCommand {
      Objects.requireNonNull(dbName, "dbName");
      tableNames = List.copyOf(tableNames);
      tableIds = List.copyOf(tableIds);
      Objects.requireNonNull(dstProjectName, "dstProjectName");
      Objects.requireNonNull(dstSchemaName, "dstSchemaName");
      Objects.requireNonNull(status, "status");
    }
  }
}
