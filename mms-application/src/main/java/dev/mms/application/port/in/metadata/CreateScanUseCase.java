package dev.mms.application.port.in.metadata;

import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CreateMmsFetchMetadataJob: reads the source's catalog (all of it, one database, or listed tables
 * of one database) in the background and merges it into the stored one. The source must be
 * STARTED. The returned id is polled with GetMmsFetchMetadataJob or GetMmsAsyncTask.
 */
public interface CreateScanUseCase {

  Either<DomainError, AsyncTaskId> createScan(CreateScanCommand command);

  /** {@code tableNames} need {@code dbName}. */
  record CreateScanCommand(long sourceId, Optional<String> dbName, List<String> tableNames) {
    public CreateScanCommand {
      Objects.requireNonNull(dbName, "dbName");
      tableNames = List.copyOf(tableNames);
    }
  }
}
