package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.catalog.PartitionCounts.Key;
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
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scanned partitions in {@code mms_partition}, written and updated in JDBC batches. Every write
 * keeps {@link PartitionCounts} in step in its transaction, from which lists take their totals
 * ({@link CountedTotal}) and the catalog its status counts.
 */
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
    var rows = partitions.stream().map(CatalogJdbcMapper::toRow).toList();
    db.useHandle(h -> {
      CatalogLock.take(h, rows.stream().map(PartitionRow::sourceId).toList());
      Batches.execute(h, INSERT, rows, PartitionRow.CODEC::bind);
      var changes = new PartitionCounts.Changes();
      rows.forEach(r -> changes.add(Key.of(r)));
      changes.apply(h);
    });
  }

  @Override
  public void updateAll(Collection<Partition> partitions) {
    var rows = partitions.stream().map(CatalogJdbcMapper::toRow).toList();
    db.useHandle(h -> {
      CatalogLock.take(h, rows.stream().map(PartitionRow::sourceId).toList());
      var changes = new PartitionCounts.Changes();
      for (var chunk : Batches.chunks(rows)) {
        // What each stored row is counted under as the rows are written in turn, so that a
        // partition given twice is taken off once.
        var counted = PartitionCounts.lock(h, chunk.stream().map(PartitionRow::id).toList());
        Batches.execute(h, UPDATE, chunk, PartitionRow.CODEC::bind);
        for (var r : chunk) {
          if (counted.containsKey(r.id())) {
            changes.remove(counted.get(r.id()));
            changes.add(Key.of(r));
            counted.put(r.id(), Key.of(r));
          }
        }
      }
      changes.apply(h);
    });
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
    var c = CountedTotal.filters(q)
        .where("deleted = FALSE")
        .whereIf(q.lastDdlTimeStart().map(Times::bound), "last_ddl_time >= :ddlFrom", "ddlFrom")
        .whereIf(q.lastDdlTimeEnd().map(Times::bound), "last_ddl_time <= :ddlTo", "ddlTo");
    q.value().ifPresent(spec -> c.where("spec_hash = :specHash", "specHash", PartitionSpecs.hash(spec))
        .where("spec = :spec", "spec", spec.render()));
    var orderBy = Paging.orderBy(q.sorts(), f -> switch (f) {
      case NUM_ROWS -> new SortColumn("num_rows", Optional.of("num_rows_unknown"));
      case SIZE -> new SortColumn("size_bytes", Optional.of("size_unknown"));
      case LAST_DDL_TIME -> new SortColumn("last_ddl_time", Optional.of("last_ddl_time_unknown"));
    }, "id");
    return db.withHandle(h -> {
      long total = CountedTotal.of(h, q).orElseGet(() -> Paging.count(h, "mms_partition", c));
      return Paging.page(h, total, PartitionRow.COLUMNS, "mms_partition", c, orderBy, q.page(),
          PartitionRow.CODEC, CatalogJdbcMapper::toDomain);
    });
  }

  @Override
  public void updateStatus(Collection<PartitionId> ids, MigrationStatus status, Instant at) {
    // As Key.withStatus counts it: DONE clears updated.
    var sql = "UPDATE mms_partition SET status = :status, update_time = :at"
        + (status == MigrationStatus.DONE ? ", updated = FALSE" : "");
    var distinct = ids.stream().map(PartitionId::value).distinct().toList();
    db.useHandle(h -> {
      CatalogLock.take(h, PartitionCounts.sourcesOf(h, distinct));
      var changes = new PartitionCounts.Changes();
      for (var chunk : Batches.chunks(distinct)) {
        var counted = PartitionCounts.lock(h, chunk);
        var c = new Criteria().whereIn("id", chunk);
        c.bind(h.createUpdate(sql + c.sql()))
            .bind("status", status.name())
            .bind("at", Times.nanos(at))
            .execute();
        counted.values().forEach(key -> {
          changes.remove(key);
          changes.add(key.map(k -> k.withStatus(status)));
        });
      }
      changes.apply(h);
    });
  }

  @Override
  public Map<TableId, StatusCounts> countsByTable(Collection<TableId> tableIds) {
    return db.withHandle(h -> PartitionCounts.byParent(h, "table_id",
        tableIds.stream().map(TableId::value).distinct().toList(), TableId::new));
  }

  @Override
  public Map<DatabaseId, StatusCounts> countsByDatabase(Collection<DatabaseId> dbIds) {
    return db.withHandle(h -> PartitionCounts.byParent(h, "db_id",
        dbIds.stream().map(DatabaseId::value).distinct().toList(), DatabaseId::new));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> {
      CatalogLock.take(h, List.of(sourceId.value()));
      h.createUpdate("DELETE FROM mms_partition WHERE source_id = :source")
          .bind("source", sourceId.value())
          .execute();
      PartitionCounts.deleteBySource(h, sourceId);
    });
  }
}
