package dev.mms.adapter.jdbc.timer;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_timer}; the job config is JSON. */
record TimerRow(
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
  static final RowCodec<TimerRow> CODEC = RowCodec.of(TimerRow.class, COLUMNS,
      in -> new TimerRow(in.nextLong(), in.nextString(), in.nextLong(), in.nextLong(),
          in.nextString(), in.nextString(), in.nextString(), in.nextString(), in.nextBoolean(),
          in.nextLong(), in.nextLong(), in.nextLongOrNull()),
      (r, out) -> out.add(r.id).add(r.name).add(r.sourceId).add(r.dbId).add(r.srcDbName)
          .add(r.scheduleType).add(r.scheduleValue).add(r.config).add(r.stopped).add(r.createTime)
          .add(r.updateTime).add(r.lastFiredAt));
}
