package dev.mms.adapter.jdbc.datasource;

import dev.mms.adapter.jdbc.json.JsonCodec;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.query.DataSourceQuery;
import dev.mms.application.port.query.Page;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceStatus;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Optional;

/** Registered data sources in {@code mms_data_source}, their config as JSON. */
public final class JdbcDataSourceRepository implements DataSourceRepository {
  private static final String INSERT = Sql.insert("mms_data_source", DataSourceRow.COLUMNS);
  private static final String UPDATE = Sql.updateById("mms_data_source", DataSourceRow.COLUMNS);

  private final Db db;

  public JdbcDataSourceRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void insert(DataSource source) {
    db.useHandle(h -> DataSourceRow.CODEC.bind(h.createUpdate(INSERT), toRow(source)).execute());
  }

  @Override
  public void update(DataSource source) {
    db.useHandle(h -> DataSourceRow.CODEC.bind(h.createUpdate(UPDATE), toRow(source)).execute());
  }

  @Override
  public Option<DataSource> findById(SourceId id) {
    return db.read(h -> Option.ofOptional(h.createQuery("SELECT " + DataSourceRow.COLUMNS
            + " FROM mms_data_source WHERE id = :id")
        .bind("id", id.value())
        .map(DataSourceRow.CODEC)
        .findOne()
        .map(JdbcDataSourceRepository::toDomain)));
  }

  @Override
  public Page<DataSource> find(DataSourceQuery q) {
    var c = new Criteria()
        .whereContains("name", q.name())
        .whereIf(q.type().map(Enum::name), "type = :type", "type")
        .whereIf(q.region(), "region = :region", "region");
    return db.withHandle(h -> Paging.page(h, DataSourceRow.COLUMNS, "mms_data_source", c, "id ASC",
        q.page(), DataSourceRow.CODEC, JdbcDataSourceRepository::toDomain));
  }

  @Override
  public void delete(SourceId id) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_data_source WHERE id = :id")
        .bind("id", id.value())
        .execute());
  }

  private static DataSourceRow toRow(DataSource s) {
    return new DataSourceRow(s.id().value(), s.name().value(), s.type().name(),
        s.region().orElse(null), s.networklink().orElse(null), s.status().name(),
        s.errMsg().orElse(null), JsonCodec.configValues(s.config()), Times.nanos(s.createTime()),
        Times.nanos(s.lastUpdateTime()), s.scanId().map(AsyncTaskId::value).orElse(null));
  }

  private static DataSource toDomain(DataSourceRow r) {
    return new DataSource(new SourceId(r.id()), new SourceName(r.name()),
        DataSourceType.valueOf(r.type()), Optional.ofNullable(r.region()),
        Optional.ofNullable(r.networklink()), DataSourceStatus.valueOf(r.status()),
        Optional.ofNullable(r.errMsg()), JsonCodec.configValues(r.config()),
        Times.instant(r.createTime()), Times.instant(r.lastUpdateTime()),
        Optional.ofNullable(r.scanId()).map(AsyncTaskId::new));
  }
}
