package dev.mms.adapter.jdbc.async;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_async_task}. */
record AsyncTaskRow(
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
  static final RowCodec<AsyncTaskRow> CODEC = RowCodec.of(AsyncTaskRow.class, COLUMNS,
      in -> new AsyncTaskRow(in.nextLong(), in.nextLong(), in.nextString(), in.nextLongOrNull(),
          in.nextString(), in.nextInt(), in.nextString(), in.nextString(), in.nextLong(),
          in.nextLongOrNull(), in.nextLongOrNull(), in.nextLong()),
      (r, out) -> out.add(r.id).add(r.sourceId).add(r.type).add(r.objectId).add(r.status)
          .add(r.progress).add(r.result).add(r.errorMsg).add(r.createTime).add(r.startTime)
          .add(r.endTime).add(r.heartbeatAt));
}
