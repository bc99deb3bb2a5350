package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_task_log}. */
record TaskLogRow(
    long id, long taskId, long sourceId, String status, String action, String msg, long createTime) {
  static final String COLUMNS = "id, task_id, source_id, status, action, msg, create_time";
  static final RowCodec<TaskLogRow> CODEC = RowCodec.of(TaskLogRow.class, COLUMNS,
      in -> new TaskLogRow(in.nextLong(), in.nextLong(), in.nextLong(), in.nextString(),
          in.nextString(), in.nextString(), in.nextLong()),
      (r, out) -> out.add(r.id).add(r.taskId).add(r.sourceId).add(r.status).add(r.action)
          .add(r.msg).add(r.createTime));
}
