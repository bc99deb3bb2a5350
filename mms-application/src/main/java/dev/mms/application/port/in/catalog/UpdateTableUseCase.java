package dev.mms.application.port.in.catalog;

import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * UpdateMmsTable: sets the destination project, schema and table; {@code status} INIT resets the
 * table and its partitions to INIT so that the next job migrates them again.
 */
public interface UpdateTableUseCase {

  Either<DomainError, TableId> updateTable(UpdateTableCommand command);

  /** Fields not given stay as they are. */
  record UpdateTableCommand(
      long sourceId, long tableId, Optional<String> dstProjectName, Optional<String> dstSchemaName,
      Optional<String> dstName, Optional<String> status) {
    public UpdateTableCommand {
      Objects.requireNonNull(dstProjectName, "dstProjectName");
      Objects.requireNonNull(dstSchemaName, "dstSchemaName");
      Objects.requireNonNull(dstName, "dstName");
      Objects.requireNonNull(status, "status");
    }
  }
}
