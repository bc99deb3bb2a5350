package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_partition}; unknown sizes are null. */
record PartitionRow(
    long id,
    long sourceId,
    long dbId,
    String dbName,
    long tableId,
    String tableName,
    String spec,
    long specHash,
    Long lastDdlTime,
    Long numRows,
    Long sizeBytes,
    String status,
    boolean updated,
    long createTime,
    long updateTime,
    boolean deleted) {

  static final String COLUMNS = "id, source_id, db_id, db_name, table_id, table_name, spec,"
      + " spec_hash, last_ddl_time, num_rows, size_bytes, status, updated, create_time,"
      + " update_time, deleted";
  static final RowCodec<PartitionRow> CODEC = RowCodec.of(PartitionRow.class, COLUMNS,
      in -> new PartitionRow(in.nextLong(), in.nextLong(), in.nextLong(), in.nextString(),
          in.nextLong(), in.nextString(), in.nextString(), in.nextLong(), in.nextLongOrNull(),
          in.nextLongOrNull(), in.nextLongOrNull(), in.nextString(), in.nextBoolean(),
          in.nextLong(), in.nextLong(), in.nextBoolean()),
      (r, out) -> out.add(r.id).add(r.sourceId).add(r.dbId).add(r.dbName).add(r.tableId)
          .add(r.tableName).add(r.spec).add(r.specHash).add(r.lastDdlTime).add(r.numRows)
          .add(r.sizeBytes).add(r.status).add(r.updated).add(r.createTime).add(r.updateTime)
          .add(r.deleted));
}
