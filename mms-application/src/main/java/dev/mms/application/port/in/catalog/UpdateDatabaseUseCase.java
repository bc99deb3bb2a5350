package dev.mms.application.port.in.catalog;

import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * UpdateMmsDb: sets the destination project and schema; {@code status} INIT resets the database,
 * its tables and their partitions to INIT so that the next job migrates them again.
 */
public interface UpdateDatabaseUseCase {

  Either<DomainError, DatabaseId> updateDatabase(UpdateDatabaseCommand command);

  /** Fields not given stay as they are. */
  record UpdateDatabaseCommand(
      long sourceId, long dbId, Optional<String> dstProjectName, Optional<String> dstName,
      Optional<String> status) {
    public UpdateDatabaseCommand {
      Objects.requireNonNull(dstProjectName, "dstProjectName");
      Objects.requireNonNull(dstName, "dstName");
      Objects.requireNonNull(status, "status");
    }
  }
}
