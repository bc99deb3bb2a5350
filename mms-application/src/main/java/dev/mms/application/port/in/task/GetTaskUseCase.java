package dev.mms.application.port.in.task;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;

/** GetMmsTask. */
public interface GetTaskUseCase {

  Either<DomainError, TaskView> getTask(GetTaskQuery query);

  record GetTaskQuery(long sourceId, long taskId) {}
}
