package dev.mms.application.port.in.catalog;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;

/** GetMmsDb. */
public interface GetDatabaseUseCase {

  Either<DomainError, DatabaseView> getDatabase(GetDatabaseQuery query);

  record GetDatabaseQuery(long sourceId, long dbId) {}
}
