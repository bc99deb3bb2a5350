package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_task}; instants in epoch nanoseconds, nullable columns boxed. */
record TaskRow(
    long id,
    long jobId,
    long sourceId,
    long dbId,
    long tableId,
    String srcDbName,
    String srcTableName,
    String dstDbName,
    String dstTableName,
    String dstKey,
    String type,
    String status,
    int statusRank,
    boolean finished,
    String leaseOwner,
    Long leaseExpires,
    boolean stopped,
    int retriedTimes,
    int autoRetries,
    Long nextAttemptAt,
    long version,
    long createTime,
    Long startTime,
    /** 1 while the start time is unknown: stored so that an index serves "unknown last". */
    int startUnknown,
    Long endTime,
    int partitionCount,
    long etaOrder,
    boolean jobActive) {

  static final String COLUMNS = "id, job_id, source_id, db_id, table_id, src_db_name, src_table_name,"
      + " dst_db_name, dst_table_name, dst_key, type, status, status_rank, finished, lease_owner,"
      + " lease_expires, stopped, retried_times, auto_retries, next_attempt_at, version, create_time,"
      + " start_time, start_unknown, end_time, partition_count, eta_order, job_active";
  static final RowCodec<TaskRow> CODEC = RowCodec.of(TaskRow.class, COLUMNS,
      in -> new TaskRow(in.nextLong(), in.nextLong(), in.nextLong(), in.nextLong(), in.nextLong(),
          in.nextString(), in.nextString(), in.nextString(), in.nextString(), in.nextString(),
          in.nextString(), in.nextString(), in.nextInt(), in.nextBoolean(), in.nextString(),
          in.nextLongOrNull(), in.nextBoolean(), in.nextInt(), in.nextInt(), in.nextLongOrNull(),
          in.nextLong(), in.nextLong(), in.nextLongOrNull(), in.nextInt(), in.nextLongOrNull(),
          in.nextInt(), in.nextLong(), in.nextBoolean()),
      (r, out) -> out.add(r.id).add(r.jobId).add(r.sourceId).add(r.dbId).add(r.tableId)
          .add(r.srcDbName).add(r.srcTableName).add(r.dstDbName).add(r.dstTableName).add(r.dstKey)
          .add(r.type).add(r.status).add(r.statusRank).add(r.finished).add(r.leaseOwner)
          .add(r.leaseExpires).add(r.stopped).add(r.retriedTimes).add(r.autoRetries)
          .add(r.nextAttemptAt).add(r.version).add(r.createTime).add(r.startTime)
          .add(r.startUnknown).add(r.endTime).add(r.partitionCount).add(r.etaOrder)
          .add(r.jobActive));

  /** The columns a fenced update may change. */
  static final String MUTABLE = "status, status_rank, finished, lease_owner, lease_expires, stopped,"
      + " retried_times, auto_retries, next_attempt_at, version, start_time, start_unknown,"
      + " end_time";
}
