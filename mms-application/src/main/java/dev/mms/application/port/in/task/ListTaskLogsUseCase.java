package dev.mms.application.port.in.task;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.task.TaskLog;
import io.vavr.control.Either;
import java.util.List;

/** ListMmsTaskLogs: the task's history, oldest first. */
public interface ListTaskLogsUseCase {

  Either<DomainError, List<TaskLog>> listTaskLogs(ListTaskLogsQuery query);

  record ListTaskLogsQuery(long sourceId, long taskId) {}
}
