package dev.mms.adapter.jdbc.catalog;

/** A row of {@code mms_table}; the schema is JSON. */
public record TableRow(
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
}
