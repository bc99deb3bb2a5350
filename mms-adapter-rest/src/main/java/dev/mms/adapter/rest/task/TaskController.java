package dev.mms.adapter.rest.task;

import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.PageResponse;
import dev.mms.application.port.in.task.GetTaskUseCase;
import dev.mms.application.port.in.task.GetTaskUseCase.GetTaskQuery;
import dev.mms.application.port.in.task.ListTaskLogsUseCase;
import dev.mms.application.port.in.task.ListTaskLogsUseCase.ListTaskLogsQuery;
import dev.mms.application.port.in.task.ListTasksUseCase;
import dev.mms.application.port.in.task.ListTasksUseCase.ListTasksQuery;
import dev.mms.application.port.in.task.RetryTaskUseCase;
import dev.mms.application.port.in.task.RetryTaskUseCase.RetryTaskCommand;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.task.TaskId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.mapstruct.factory.Mappers;

/** The task operations; ListMmsTaskLogs answers a bare array, oldest first. */
public final class TaskController {
  private static final TaskRestMapper MAPPER = Mappers.getMapper(TaskRestMapper.class);

  private final ListTasksUseCase list;
  private final GetTaskUseCase get;
  private final ListTaskLogsUseCase logs;
  private final RetryTaskUseCase retry;

  public TaskController(
      ListTasksUseCase list, GetTaskUseCase get, ListTaskLogsUseCase logs, RetryTaskUseCase retry) {
    this.list = list;
    this.get = get;
    this.logs = logs;
    this.retry = retry;
  }

  public Map<Operation, Endpoint> endpoints() {
    return Map.of(
        Operation.LIST_MMS_TASKS, this::list,
        Operation.GET_MMS_TASK, this::get,
        Operation.LIST_MMS_TASK_LOGS, this::logs,
        Operation.RETRY_MMS_TASK, this::retry);
  }

  private Either<DomainError, PageResponse<TaskResponse>> list(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new ListTasksQuery(
                    request.id("sourceId"),
                    q.int64("jobId"),
                    q.text("jobName"),
                    q.text("srcDbName"),
                    q.text("srcTableName"),
                    q.text("dstDbName"),
                    q.text("dstTableName"),
                    q.text("status"),
                    q.text("partition"),
                    q.sorter(),
                    q.page()))
        .flatMap(list::listTasks)
        .map(page -> PageResponse.of(page, MAPPER::toResponse));
  }

  private Either<DomainError, TaskResponse> get(ApiRequest request) {
    return get.getTask(new GetTaskQuery(request.id("sourceId"), request.id("taskId")))
        .map(MAPPER::toResponse);
  }

  private Either<DomainError, List<TaskLogResponse>> logs(ApiRequest request) {
    return logs.listTaskLogs(new ListTaskLogsQuery(request.id("sourceId"), request.id("taskId")))
        .map(MAPPER::toLogs);
  }

  private Either<DomainError, Long> retry(ApiRequest request) {
    return retry
        .retryTask(new RetryTaskCommand(request.id("sourceId"), request.id("taskId")))
        .map(TaskId::value);
  }
}
