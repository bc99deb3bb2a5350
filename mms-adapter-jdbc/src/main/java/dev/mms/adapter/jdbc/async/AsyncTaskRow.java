package dev.mms.adapter.jdbc.async;

/** A row of {@code mms_async_task}. */
public record AsyncTaskRow(
    long id,
    long sourceId,
    String type,
    Long objectId,
    String status,
    int progress,
    String result,
    String errorMsg,
    long createTime,
    Long startTime,
    Long endTime,
    long heartbeatAt) {

  static final String COLUMNS = "id, source_id, type, object_id, status, progress, result,"
      + " error_msg, create_time, start_time, end_time, heartbeat_at";
}
