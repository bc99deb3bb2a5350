package dev.mms.adapter.rest.route;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every operation the API answers, exactly as the MMS OpenAPI 2022-01-04 routes it (note that
 * DeleteMmsJob is a POST), plus {@link #DRY_RUN_MMS_JOB}: CreateMmsJob's path with {@code
 * ?dryRun=true}, an extension that returns the plan without creating anything and is authorized as
 * its own action.
 */
public enum Operation {
  CREATE_MMS_DATA_SOURCE("CreateMmsDataSource", "POST", "/api/v1/mms/datasources"),
  LIST_MMS_DATA_SOURCES("ListMmsDataSources", "GET", "/api/v1/mms/datasources"),
  GET_MMS_DATA_SOURCE("GetMmsDataSource", "GET", "/api/v1/mms/datasources/{sourceId}"),
  UPDATE_MMS_DATA_SOURCE("UpdateMmsDataSource", "PUT", "/api/v1/mms/datasources/{sourceId}"),
  DELETE_MMS_DATA_SOURCE("DeleteMmsDataSource", "DELETE", "/api/v1/mms/datasources/{sourceId}"),
  LIST_MMS_DATA_SOURCE_CONFIG_ITEMS(
      "ListMmsDataSourceConfigItems", "GET", "/api/v1/mms/configItems"),
  CREATE_MMS_FETCH_METADATA_JOB(
      "CreateMmsFetchMetadataJob", "POST", "/api/v1/mms/datasources/{sourceId}/scans"),
  GET_MMS_FETCH_METADATA_JOB(
      "GetMmsFetchMetadataJob", "GET", "/api/v1/mms/datasources/{sourceId}/scans/{scanId}"),
  GET_MMS_ASYNC_TASK(
      "GetMmsAsyncTask", "GET", "/api/v1/mms/datasources/{sourceId}/asyncTasks/{asyncTaskId}"),
  LIST_MMS_DBS("ListMmsDbs", "GET", "/api/v1/mms/datasources/{sourceId}/dbs"),
  GET_MMS_DB("GetMmsDb", "GET", "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}"),
  UPDATE_MMS_DB("UpdateMmsDb", "PUT", "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}"),
  LIST_MMS_TABLES("ListMmsTables", "GET", "/api/v1/mms/datasources/{sourceId}/tables"),
  GET_MMS_TABLE("GetMmsTable", "GET", "/api/v1/mms/datasources/{sourceId}/tables/{tableId}"),
  UPDATE_MMS_TABLE("UpdateMmsTable", "PUT", "/api/v1/mms/datasources/{sourceId}/tables/{tableId}"),
  UPDATE_MMS_TABLES("UpdateMmsTables", "PUT", "/api/v1/mms/datasources/{sourceId}/tables"),
  LIST_MMS_PARTITIONS("ListMmsPartitions", "GET", "/api/v1/mms/datasources/{sourceId}/partitions"),
  GET_MMS_PARTITION(
      "GetMmsPartition", "GET", "/api/v1/mms/datasources/{sourceId}/partitions/{partitionId}"),
  CREATE_MMS_JOB("CreateMmsJob", "POST", "/api/v1/mms/datasources/{sourceId}/jobs"),
  LIST_MMS_JOBS("ListMmsJobs", "GET", "/api/v1/mms/datasources/{sourceId}/jobs"),
  GET_MMS_JOB("GetMmsJob", "GET", "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}"),
  DELETE_MMS_JOB("DeleteMmsJob", "POST", "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}"),
  START_MMS_JOB("StartMmsJob", "POST", "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/start"),
  STOP_MMS_JOB("StopMmsJob", "POST", "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/stop"),
  RETRY_MMS_JOB("RetryMmsJob", "POST", "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/retry"),
  LIST_MMS_TASKS("ListMmsTasks", "GET", "/api/v1/mms/datasources/{sourceId}/tasks"),
  GET_MMS_TASK("GetMmsTask", "GET", "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}"),
  LIST_MMS_TASK_LOGS(
      "ListMmsTaskLogs", "GET", "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/logs"),
  RETRY_MMS_TASK("RetryMmsTask", "POST", "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/retry"),
  CREATE_MMS_TIMER("CreateMmsTimer", "POST", "/api/v1/mms/datasources/{sourceId}/timers"),
  LIST_MMS_TIMERS("ListMmsTimers", "GET", "/api/v1/mms/datasources/{sourceId}/timers"),
  GET_MMS_TIMER("GetMmsTimer", "GET", "/api/v1/mms/datasources/{sourceId}/timers/{timerId}"),
  UPDATE_MMS_TIMER("UpdateMmsTimer", "PUT", "/api/v1/mms/datasources/{sourceId}/timers/{timerId}"),
  DELETE_MMS_TIMER(
      "DeleteMmsTimer", "DELETE", "/api/v1/mms/datasources/{sourceId}/timers/{timerId}"),
  TRIGGER_MMS_TIMER(
      "TriggerMmsTimer", "POST", "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/trigger"),
  LIST_MMS_TIMER_LOGS(
      "ListMmsTimerLogs", "GET", "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/logs"),
  DRY_RUN_MMS_JOB("DryRunMmsJob", "POST", "/api/v1/mms/datasources/{sourceId}/jobs", "dryRun");

  private final String operationName;
  private final String method;
  private final String pathTemplate;
  private final Optional<String> flag;

  Operation(String operationName, String method, String pathTemplate) {
    this(operationName, method, pathTemplate, null);
  }

  Operation(String operationName, String method, String pathTemplate, String flag) {
    this.operationName = Objects.requireNonNull(operationName);
    this.method = Objects.requireNonNull(method);
    this.pathTemplate = Objects.requireNonNull(pathTemplate);
    this.flag = Optional.ofNullable(flag);
  }

  /** The MMS operation name, e.g. {@code ListMmsJobs}. */
  public String operationName() {
    return operationName;
  }

  public String method() {
    return method;
  }

  /** The path with {@code {name}} placeholders for its int64 ids. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * The boolean query parameter that selects this operation over another one on the same method and
   * path when it is {@code true} ({@code dryRun}).
   */
  public Optional<String> flag() {
    return flag;
  }

  /** The RAM action, {@code odps:<OperationName>}. */
  public String action() {
    return "odps:" + operationName;
  }

  /** The names of the path placeholders, in path order. */
  public List<String> pathParams() {
    return Arrays.stream(pathTemplate.split("/"))
        .filter(Operation::isPlaceholder)
        .map(s -> s.substring(1, s.length() - 1))
        .toList();
  }

  static boolean isPlaceholder(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }
}
