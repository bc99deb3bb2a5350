package dev.mms.adapter.jdbc.datasource;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_data_source}; the config is JSON. */
record DataSourceRow(
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
  static final RowCodec<DataSourceRow> CODEC = RowCodec.of(DataSourceRow.class, COLUMNS,
      in -> new DataSourceRow(in.nextLong(), in.nextString(), in.nextString(), in.nextString(),
          in.nextString(), in.nextString(), in.nextString(), in.nextString(), in.nextLong(),
          in.nextLongOrNull(), in.nextLongOrNull()),
      (r, out) -> out.add(r.id).add(r.name).add(r.type).add(r.region).add(r.networklink)
          .add(r.status).add(r.errMsg).add(r.config).add(r.createTime).add(r.lastUpdateTime)
          .add(r.scanId));
}
