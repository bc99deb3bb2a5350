package dev.mms.adapter.rest.task;

import dev.mms.adapter.rest.wire.WireValues;
import dev.mms.application.port.in.task.TaskView;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskLog;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Domain → DTO for tasks and their logs. */
@Mapper
interface TaskRestMapper extends WireValues {

  @Mapping(target = "id", source = "task.id")
  @Mapping(target = "jobId", source = "task.jobId")
  @Mapping(target = "sourceId", source = "task.sourceId")
  @Mapping(target = "dbId", source = "task.dbId")
  @Mapping(target = "tableId", source = "task.tableId")
  @Mapping(target = "srcDbName", source = "task.srcDbName")
  @Mapping(target = "srcSchemaName", ignore = true)
  @Mapping(target = "srcTableName", source = "task.srcTableName")
  @Mapping(target = "dstDbName", source = "task.dstDbName")
  @Mapping(target = "dstSchemaName", ignore = true)
  @Mapping(target = "dstTableName", source = "task.dstTableName")
  @Mapping(target = "type", source = "task.type")
  @Mapping(target = "status", source = "task.status")
  @Mapping(target = "running", source = "task", qualifiedByName = "running")
  @Mapping(target = "stopped", source = "task.stopped")
  @Mapping(target = "retriedTimes", source = "task.retriedTimes")
  @Mapping(target = "createTime", source = "task.createTime")
  @Mapping(target = "startTime", source = "task.startTime")
  @Mapping(target = "endTime", source = "task.endTime")
  TaskResponse toResponse(TaskView view);

  TaskLogResponse toResponse(TaskLog log);

  List<TaskLogResponse> toLogs(List<TaskLog> logs);

  @Named("running")
  default boolean running(Task task) {
    return task.running();
  }
}
