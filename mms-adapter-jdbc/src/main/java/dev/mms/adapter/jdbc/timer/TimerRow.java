package dev.mms.adapter.jdbc.timer;

/** A row of {@code mms_timer}; the job config is JSON. */
public record TimerRow(
    long id,
    String name,
    long sourceId,
    long dbId,
    String srcDbName,
    String scheduleType,
    String scheduleValue,
    String config,
    boolean stopped,
    long createTime,
    long updateTime,
    Long lastFiredAt) {

  static final String COLUMNS = "id, name, source_id, db_id, src_db_name, schedule_type,"
      + " schedule_value, config, stopped, create_time, update_time, last_fired_at";
}
