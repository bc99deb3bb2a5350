package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_table}; the schema is JSON. */
record TableRow(
    long id,
    long sourceId,
    long dbId,
    String dbName,
    String name,
    String type,
    String tableSchema,
    boolean hasPartitions,
    String ownerName,
    String location,
    String inputFormat,
    String outputFormat,
    String serde,
    String extra,
    Long lastDdlTime,
    long numRows,
    long sizeBytes,
    String status,
    boolean updated,
    String dstProjectName,
    String dstSchemaName,
    String dstName,
    String effectiveDstName,
    long createTime,
    long updateTime,
    boolean deleted) {

  static final String COLUMNS = "id, source_id, db_id, db_name, name, type, table_schema,"
      + " has_partitions, owner_name, location, input_format, output_format, serde, extra,"
      + " last_ddl_time, num_rows, size_bytes, status, updated, dst_project_name, dst_schema_name,"
      + " dst_name, effective_dst_name, create_time, update_time, deleted";
  static final RowCodec<TableRow> CODEC = RowCodec.of(TableRow.class, COLUMNS,
      in -> new TableRow(in.nextLong(), in.nextLong(), in.nextLong(), in.nextString(),
          in.nextString(), in.nextString(), in.nextString(), in.nextBoolean(), in.nextString(),
          in.nextString(), in.nextString(), in.nextString(), in.nextString(), in.nextString(),
          in.nextLongOrNull(), in.nextLong(), in.nextLong(), in.nextString(), in.nextBoolean(),
          in.nextString(), in.nextString(), in.nextString(), in.nextString(), in.nextLong(),
          in.nextLong(), in.nextBoolean()),
      (r, out) -> out.add(r.id).add(r.sourceId).add(r.dbId).add(r.dbName).add(r.name).add(r.type)
          .add(r.tableSchema).add(r.hasPartitions).add(r.ownerName).add(r.location)
          .add(r.inputFormat).add(r.outputFormat).add(r.serde).add(r.extra).add(r.lastDdlTime)
          .add(r.numRows).add(r.sizeBytes).add(r.status).add(r.updated).add(r.dstProjectName)
          .add(r.dstSchemaName).add(r.dstName).add(r.effectiveDstName).add(r.createTime)
          .add(r.updateTime).add(r.deleted));
}
