package dev.mms.adapter.jdbc.catalog;

/** A row of {@code mms_partition}; unknown sizes are null. */
public record PartitionRow(
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
}
