package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_database}. */
record DatabaseRow(
    long id,
    long sourceId,
    String name,
    String description,
    String ownerName,
    String location,
    String extra,
    Long lastDdlTime,
    long numRows,
    long sizeBytes,
    String status,
    boolean updated,
    String dstProjectName,
    String dstName,
    long createTime,
    long updateTime,
    boolean deleted) {

  static final String COLUMNS = "id, source_id, name, description, owner_name, location, extra,"
      + " last_ddl_time, num_rows, size_bytes, status, updated, dst_project_name, dst_name,"
      + " create_time, update_time, deleted";
  static final RowCodec<DatabaseRow> CODEC = RowCodec.of(DatabaseRow.class, COLUMNS,
      in -> new DatabaseRow(in.nextLong(), in.nextLong(), in.nextString(), in.nextString(),
          in.nextString(), in.nextString(), in.nextString(), in.nextLongOrNull(), in.nextLong(),
          in.nextLong(), in.nextString(), in.nextBoolean(), in.nextString(), in.nextString(),
          in.nextLong(), in.nextLong(), in.nextBoolean()),
      (r, out) -> out.add(r.id).add(r.sourceId).add(r.name).add(r.description).add(r.ownerName)
          .add(r.location).add(r.extra).add(r.lastDdlTime).add(r.numRows).add(r.sizeBytes)
          .add(r.status).add(r.updated).add(r.dstProjectName).add(r.dstName).add(r.createTime)
          .add(r.updateTime).add(r.deleted));
}
