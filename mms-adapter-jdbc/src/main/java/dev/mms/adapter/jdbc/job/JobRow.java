package dev.mms.adapter.jdbc.job;

import dev.mms.adapter.jdbc.sql.RowCodec;

/**
 * A row of {@code mms_job} but its config, which is stored once with the row and never rewritten
 * ({@link JobConfigs}).
 */
record JobRow(
    long id,
    long sourceId,
    String name,
    String sourceName,
    long dbId,
    String srcDbName,
    String srcSchemaName,
    String dstDbName,
    String dstSchemaName,
    Long etaDay,
    boolean stopped,
    Long timerId,
    long createTime) {

  static final String COLUMNS = "id, source_id, name, source_name, db_id, src_db_name,"
      + " src_schema_name, dst_db_name, dst_schema_name, eta_day, stopped, timer_id, create_time";
  static final RowCodec<JobRow> CODEC = RowCodec.of(JobRow.class, COLUMNS,
      in -> new JobRow(in.nextLong(), in.nextLong(), in.nextString(), in.nextString(),
          in.nextLong(), in.nextString(), in.nextString(), in.nextString(), in.nextString(),
          in.nextLongOrNull(), in.nextBoolean(), in.nextLongOrNull(), in.nextLong()),
      (r, out) -> out.add(r.id).add(r.sourceId).add(r.name).add(r.sourceName).add(r.dbId)
          .add(r.srcDbName).add(r.srcSchemaName).add(r.dstDbName).add(r.dstSchemaName)
          .add(r.etaDay).add(r.stopped).add(r.timerId).add(r.createTime));
}
