package dev.mms.application.port.in.task;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.task.TaskId;
import io.vavr.control.Either;

/**
 * RetryMmsTask: a failed task takes its retry transition and a log row; from any other state it
 * is an {@code IllegalTransition}.
 */
public interface RetryTaskUseCase {

  Either<DomainError, TaskId> retryTask(RetryTaskCommand command);

  record RetryTaskCommand(long sourceId, long taskId) {}
}
