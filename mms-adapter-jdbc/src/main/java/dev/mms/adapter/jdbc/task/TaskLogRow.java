package dev.mms.adapter.jdbc.task;

/** A row of {@code mms_task_log}. */
public record TaskLogRow(
    long id, long taskId, long sourceId, String status, String action, String msg, long createTime) {
  static final String COLUMNS = "id, task_id, source_id, status, action, msg, create_time";
}
