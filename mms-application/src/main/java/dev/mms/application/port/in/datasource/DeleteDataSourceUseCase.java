package dev.mms.application.port.in.datasource;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;

/**
 * DeleteMmsDataSource: stops its running work, then removes the source with its jobs, tasks,
 * logs, timers, async tasks and scanned catalog.
 */
public interface DeleteDataSourceUseCase {

  Either<DomainError, SourceId> deleteDataSource(DeleteDataSourceCommand command);

  record DeleteDataSourceCommand(long sourceId) {}
}
