package dev.mms.adapter.jdbc.job;

/** A row of {@code mms_job}, read with its tally's counts (null when it has no tally yet). */
public record JobRow(
    long id,
    long sourceId,
    String name,
    String sourceName,
    long dbId,
    String srcDbName,
    String srcSchemaName,
    String dstDbName,
    String dstSchemaName,
    String config,
    Long etaDay,
    boolean stopped,
    Long timerId,
    long createTime,
    Long total,
    Long init,
    Long done,
    Long failed) {

  static final String COLUMNS = "id, source_id, name, source_name, db_id, src_db_name,"
      + " src_schema_name, dst_db_name, dst_schema_name, config, eta_day, stopped, timer_id, create_time";
  static final String SELECT = "SELECT j.id, j.source_id, j.name, j.source_name, j.db_id,"
      + " j.src_db_name, j.src_schema_name, j.dst_db_name, j.dst_schema_name, j.config, j.eta_day,"
      + " j.stopped, j.timer_id, j.create_time, jt.total, jt.init, jt.done, jt.failed";
  static final String FROM = "mms_job j LEFT JOIN mms_job_tally jt ON jt.job_id = j.id";
}
