package dev.mms.adapter.jdbc.datasource;

/** A row of {@code mms_data_source}; the config is JSON. */
public record DataSourceRow(
    long id,
    String name,
    String type,
    String region,
    String networklink,
    String status,
    String errMsg,
    String config,
    long createTime,
    Long lastUpdateTime,
    Long scanId) {

  static final String COLUMNS = "id, name, type, region, networklink, status, err_msg, config,"
      + " create_time, last_update_time, scan_id";
}
