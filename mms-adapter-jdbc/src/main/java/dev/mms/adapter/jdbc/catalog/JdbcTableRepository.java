package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.Batches;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.Paging.SortColumn;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TableQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Scanned tables in {@code mms_table}, their schemas as JSON. */
public final class JdbcTableRepository implements TableRepository {
  private static final String SELECT = "SELECT " + TableRow.COLUMNS + " FROM mms_table";
  private static final String INSERT = Sql.insert("mms_table", TableRow.COLUMNS);
  private static final String UPDATE = Sql.updateById("mms_table", TableRow.COLUMNS);

  private final Db db;

  public JdbcTableRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void insertAll(Collection<Table> tables) {
    db.useHandle(h -> Batches.execute(h, INSERT,
        tables.stream().map(CatalogJdbcMapper::toRow).toList(), TableRow.CODEC::bind));
  }

  @Override
  public void updateAll(Collection<Table> tables) {
    db.useHandle(h -> Batches.execute(h, UPDATE,
        tables.stream().map(CatalogJdbcMapper::toRow).toList(), TableRow.CODEC::bind));
  }

  @Override
  public Option<Table> findById(SourceId sourceId, TableId id) {
    return db.withHandle(h -> Option.ofOptional(h.createQuery(SELECT + " WHERE id = :id AND source_id = :source")
        .bind("id", id.value())
        .bind("source", sourceId.value())
        .map(TableRow.CODEC)
        .findOne()
        .map(CatalogJdbcMapper::toDomain)));
  }

  @Override
  public List<Table> findByIds(Collection<TableId> ids) {
    return db.withHandle(h -> {
      var out = new ArrayList<Table>();
      for (var chunk : Batches.chunks(ids.stream().map(TableId::value).distinct().toList())) {
        var c = new Criteria().whereIn("id", chunk);
        c.bind(h.createQuery(SELECT + c.sql())).map(TableRow.CODEC)
            .forEach(r -> out.add(CatalogJdbcMapper.toDomain(r)));
      }
      return out;
    });
  }

  @Override
  public Option<Table> findByName(DatabaseId dbId, TableName name) {
    return db.withHandle(h -> Option.ofOptional(h.createQuery(SELECT
            + " WHERE db_id = :db AND name = :name ORDER BY deleted, id")
        .bind("db", dbId.value())
        .bind("name", name.value())
        .map(TableRow.CODEC)
        .findFirst()
        .map(CatalogJdbcMapper::toDomain)));
  }

  @Override
  public List<Table> findByDatabase(DatabaseId dbId) {
    return db.withHandle(h -> h.createQuery(SELECT + " WHERE db_id = :db ORDER BY id")
        .bind("db", dbId.value())
        .map(TableRow.CODEC)
        .list()
        .stream()
        .map(CatalogJdbcMapper::toDomain)
        .toList());
  }

  @Override
  public Page<Table> find(TableQuery q) {
    var c = new Criteria()
        .where("source_id = :source", "source", q.sourceId().value())
        .where("deleted = FALSE")
        .whereIf(q.dbId().map(DatabaseId::value), "db_id = :db", "db")
        .whereIf(q.dbName().map(DatabaseName::value), "db_name = :dbName", "dbName")
        .whereContains("name", q.name())
        .whereIf(q.type(), "type = :type", "type")
        .whereIf(q.hasPartitions(), "has_partitions = :partitioned", "partitioned")
        .whereIf(q.dstProjectName(), "dst_project_name = :dstProject", "dstProject")
        .whereIf(q.dstSchemaName(), "dst_schema_name = :dstSchema", "dstSchema")
        .whereIf(q.dstName(), "effective_dst_name = :dstName", "dstName")
        .whereIf(q.lastDdlTimeStart().map(Times::bound), "last_ddl_time >= :ddlFrom", "ddlFrom")
        .whereIf(q.lastDdlTimeEnd().map(Times::bound), "last_ddl_time <= :ddlTo", "ddlTo");
    if (!q.statuses().isEmpty()) {
      c.whereIn("status", q.statuses().stream().map(Enum::name).sorted().toList());
    }
    var orderBy = Paging.orderBy(q.sorts(), f -> switch (f) {
      case NUM_ROWS -> new SortColumn("num_rows", false);
      case SIZE -> new SortColumn("size_bytes", false);
      case LAST_DDL_TIME -> new SortColumn("last_ddl_time", true);
    }, "id");
    return db.withHandle(h -> Paging.page(h, TableRow.COLUMNS, "mms_table", c, orderBy, q.page(),
        TableRow.CODEC, CatalogJdbcMapper::toDomain));
  }

  @Override
  public Map<DatabaseId, StatusCounts> countsByDatabase(Collection<DatabaseId> dbIds) {
    return db.withHandle(h -> {
      var out = new HashMap<DatabaseId, StatusCounts>();
      for (var chunk : Batches.chunks(dbIds.stream().map(DatabaseId::value).distinct().toList())) {
        var c = new Criteria().whereIn("db_id", chunk).where("deleted = FALSE");
        var rows = c.bind(h.createQuery("SELECT db_id AS parent_id, status, COUNT(*) AS n"
                + " FROM mms_table" + c.sql() + " GROUP BY db_id, status"))
            .map(StatusCountRow.MAPPER)
            .list();
        out.putAll(StatusCountRow.fold(rows, DatabaseId::new));
      }
      return out;
    });
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_table WHERE source_id = :source")
        .bind("source", sourceId.value())
        .execute());
  }
}
