package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.Batches;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.Paging.SortColumn;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/** Scanned partitions in {@code mms_partition}, written and updated in JDBC batches. */
public final class JdbcPartitionRepository implements PartitionRepository {
  private static final String SELECT = "SELECT " + PartitionRow.COLUMNS + " FROM mms_partition";
  private static final String INSERT = Sql.insert("mms_partition", PartitionRow.COLUMNS);
  private static final String UPDATE = Sql.updateById("mms_partition", PartitionRow.COLUMNS);

  private final Db db;

  public JdbcPartitionRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void insertAll(Collection<Partition> partitions) {
    db.useHandle(h -> Batches.execute(h, INSERT,
        partitions.stream().map(CatalogJdbcMapper::toRow).toList(), PartitionRow.CODEC::bind));
  }

  @Override
  public void updateAll(Collection<Partition> partitions) {
    db.useHandle(h -> Batches.execute(h, UPDATE,
        partitions.stream().map(CatalogJdbcMapper::toRow).toList(), PartitionRow.CODEC::bind));
  }

  @Override
  public Option<Partition> findById(SourceId sourceId, PartitionId id) {
    return db.withHandle(h -> Option.ofOptional(h.createQuery(SELECT + " WHERE id = :id AND source_id = :source")
        .bind("id", id.value())
        .bind("source", sourceId.value())
        .map(PartitionRow.CODEC)
        .findOne()
        .map(CatalogJdbcMapper::toDomain)));
  }

  @Override
  public List<Partition> findByIds(Collection<PartitionId> ids) {
    return db.withHandle(h -> {
      var out = new ArrayList<Partition>();
      for (var chunk : Batches.chunks(ids.stream().map(PartitionId::value).distinct().toList())) {
        var c = new Criteria().whereIn("id", chunk);
        c.bind(h.createQuery(SELECT + c.sql())).map(PartitionRow.CODEC)
            .forEach(r -> out.add(CatalogJdbcMapper.toDomain(r)));
      }
      return out;
    });
  }

  @Override
  public List<Partition> findByTable(TableId tableId) {
    return list("table_id", tableId.value());
  }

  @Override
  public List<Partition> findByDatabase(DatabaseId dbId) {
    return list("db_id", dbId.value());
  }

  private List<Partition> list(String column, long id) {
    return db.withHandle(h -> {
      var out = new ArrayList<Partition>();
      h.createQuery(SELECT + " WHERE " + column + " = :id ORDER BY id")
          .bind("id", id)
          .map(PartitionRow.CODEC)
          .forEach(r -> out.add(CatalogJdbcMapper.toDomain(r)));
      return out;
    });
  }

  @Override
  public Page<Partition> find(PartitionQuery q) {
    var c = new Criteria()
        .where("source_id = :source", "source", q.sourceId().value())
        .where("deleted = FALSE")
        .whereIf(q.dbId().map(DatabaseId::value), "db_id = :db", "db")
        .whereIf(q.dbName().map(DatabaseName::value), "db_name = :dbName", "dbName")
        .whereIf(q.tableId().map(TableId::value), "table_id = :table", "table")
        .whereIf(q.tableName().map(TableName::value), "table_name = :tableName", "tableName")
        .whereIf(q.updated(), "updated = :updated", "updated")
        .whereIf(q.lastDdlTimeStart().map(Times::bound), "last_ddl_time >= :ddlFrom", "ddlFrom")
        .whereIf(q.lastDdlTimeEnd().map(Times::bound), "last_ddl_time <= :ddlTo", "ddlTo");
    q.value().ifPresent(spec -> c.where("spec_hash = :specHash", "specHash", PartitionSpecs.hash(spec))
        .where("spec = :spec", "spec", spec.render()));
    if (!q.statuses().isEmpty()) {
      c.whereIn("status", q.statuses().stream().map(Enum::name).sorted().toList());
    }
    var orderBy = Paging.orderBy(q.sorts(), f -> switch (f) {
      case NUM_ROWS -> new SortColumn("num_rows", Optional.of("num_rows_unknown"));
      case SIZE -> new SortColumn("size_bytes", Optional.of("size_unknown"));
      case LAST_DDL_TIME -> new SortColumn("last_ddl_time", Optional.of("last_ddl_time_unknown"));
    }, "id");
    return db.withHandle(h -> Paging.page(h, PartitionRow.COLUMNS, "mms_partition", c, orderBy,
        q.page(), PartitionRow.CODEC, CatalogJdbcMapper::toDomain));
  }

  @Override
  public void updateStatus(Collection<PartitionId> ids, MigrationStatus status, Instant at) {
    var sql = "UPDATE mms_partition SET status = :status, update_time = :at"
        + (status == MigrationStatus.DONE ? ", updated = FALSE" : "");
    db.useHandle(h -> {
      for (var chunk : Batches.chunks(ids.stream().map(PartitionId::value).distinct().toList())) {
        var c = new Criteria().whereIn("id", chunk);
        c.bind(h.createUpdate(sql + c.sql()))
            .bind("status", status.name())
            .bind("at", Times.nanos(at))
            .execute();
      }
    });
  }

  @Override
  public Map<TableId, StatusCounts> countsByTable(Collection<TableId> tableIds) {
    return counts("table_id", tableIds.stream().map(TableId::value).distinct().toList(), TableId::new);
  }

  @Override
  public Map<DatabaseId, StatusCounts> countsByDatabase(Collection<DatabaseId> dbIds) {
    return counts("db_id", dbIds.stream().map(DatabaseId::value).distinct().toList(), DatabaseId::new);
  }

  private <K> Map<K, StatusCounts> counts(String column, List<Long> ids, LongFunction<K> key) {
    return db.withHandle(h -> {
      var out = new HashMap<K, StatusCounts>();
      for (var chunk : Batches.chunks(ids)) {
        var c = new Criteria().whereIn(column, chunk).where("deleted = FALSE");
        var rows = c.bind(h.createQuery("SELECT " + column + " AS parent_id, status, COUNT(*) AS n"
                + " FROM mms_partition" + c.sql() + " GROUP BY " + column + ", status"))
            .map(StatusCountRow.MAPPER)
            .list();
        out.putAll(StatusCountRow.fold(rows, key));
      }
      return out;
    });
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_partition WHERE source_id = :source")
        .bind("source", sourceId.value())
        .execute());
  }
}
