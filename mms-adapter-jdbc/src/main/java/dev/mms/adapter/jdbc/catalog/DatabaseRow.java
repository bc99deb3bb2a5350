package dev.mms.adapter.jdbc.catalog;

/** A row of {@code mms_database}. */
public record DatabaseRow(
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
}
