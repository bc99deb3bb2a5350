package dev.mms.application.port.in.catalog;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;

/** GetMmsTable. */
public interface GetTableUseCase {

  Either<DomainError, TableView> getTable(GetTableQuery query);

  record GetTableQuery(long sourceId, long tableId) {}
}
