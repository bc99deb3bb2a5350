package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.Batches;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.Paging.SortColumn;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.query.DatabaseQuery;
import dev.mms.application.port.query.Page;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Scanned databases in {@code mms_database}. */
public final class JdbcDatabaseRepository implements DatabaseRepository {
  private static final String SELECT = "SELECT " + DatabaseRow.COLUMNS + " FROM mms_database";
  private static final String INSERT = Sql.insert("mms_database", DatabaseRow.COLUMNS);
  private static final String UPDATE = Sql.updateById("mms_database", DatabaseRow.COLUMNS);

  private final Db db;

  public JdbcDatabaseRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void insertAll(Collection<Database> databases) {
    db.useHandle(h -> Batches.execute(h, INSERT,
        databases.stream().map(CatalogJdbcMapper::toRow).toList(), DatabaseRow.CODEC::bind));
  }

  @Override
  public void updateAll(Collection<Database> databases) {
    db.useHandle(h -> Batches.execute(h, UPDATE,
        databases.stream().map(CatalogJdbcMapper::toRow).toList(), DatabaseRow.CODEC::bind));
  }

  @Override
  public Option<Database> findById(SourceId sourceId, DatabaseId id) {
    return db.withHandle(h -> Option.ofOptional(h.createQuery(SELECT + " WHERE id = :id AND source_id = :source")
        .bind("id", id.value())
        .bind("source", sourceId.value())
        .map(DatabaseRow.CODEC)
        .findOne()
        .map(CatalogJdbcMapper::toDomain)));
  }

  @Override
  public Option<Database> findByName(SourceId sourceId, DatabaseName name) {
    return db.withHandle(h -> Option.ofOptional(h.createQuery(SELECT
            + " WHERE source_id = :source AND name = :name ORDER BY deleted, id")
        .bind("source", sourceId.value())
        .bind("name", name.value())
        .map(DatabaseRow.CODEC)
        .findFirst()
        .map(CatalogJdbcMapper::toDomain)));
  }

  @Override
  public List<Database> findAllBySource(SourceId sourceId) {
    return db.withHandle(h -> h.createQuery(SELECT + " WHERE source_id = :source ORDER BY id")
        .bind("source", sourceId.value())
        .map(DatabaseRow.CODEC)
        .list()
        .stream()
        .map(CatalogJdbcMapper::toDomain)
        .toList());
  }

  @Override
  public Page<Database> find(DatabaseQuery q) {
    var c = new Criteria()
        .where("source_id = :source", "source", q.sourceId().value())
        .whereContains("name", q.name())
        .whereIf(q.status().map(Enum::name), "status = :status", "status");
    var orderBy = Paging.orderBy(q.sorts(), f -> switch (f) {
      case NUM_ROWS -> new SortColumn("num_rows", false);
      case SIZE -> new SortColumn("size_bytes", false);
      case UPDATE_TIME -> new SortColumn("update_time", false);
    }, "id");
    return db.withHandle(h -> Paging.page(h, DatabaseRow.COLUMNS, "mms_database", c, orderBy,
        q.page(), DatabaseRow.CODEC, CatalogJdbcMapper::toDomain));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_database WHERE source_id = :source")
        .bind("source", sourceId.value())
        .execute());
  }

  @Override
  public void lockCatalog(SourceId sourceId) {
    db.useHandle(h -> CatalogLock.take(h, List.of(sourceId.value())));
  }
}
