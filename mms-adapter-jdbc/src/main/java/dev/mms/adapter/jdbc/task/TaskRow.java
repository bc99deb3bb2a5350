package dev.mms.adapter.jdbc.task;

/** A row of {@code mms_task}; instants in epoch nanoseconds, nullable columns boxed. */
public record TaskRow(
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

  /** The columns a fenced update may change. */
  static final String MUTABLE = "status, status_rank, finished, lease_owner, lease_expires, stopped,"
      + " retried_times, auto_retries, next_attempt_at, version, start_time, start_unknown,"
      + " end_time";
}
