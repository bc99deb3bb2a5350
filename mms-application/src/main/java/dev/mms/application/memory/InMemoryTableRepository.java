package dev.mms.application.memory;

import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.Sort;
import dev.mms.application.port.query.TableQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scanned tables in memory. */
public final class InMemoryTableRepository implements TableRepository {
  private final Guard guard;
  private final Rows<TableId, Table> rows;
  private final Rows<TableId, Table>.Group<SourceId> bySource;
  private final Rows<TableId, Table>.Group<DatabaseId> byDatabase;

  InMemoryTableRepository(Guard guard) {
    this.guard = guard;
    this.rows = new Rows<>(guard, "table", Table::id);
    this.bySource = rows.groupBy(Table::sourceId);
    this.byDatabase = rows.groupBy(Table::dbId);
  }

  @Override
  public void insertAll(Collection<Table> tables) {
    guard.write(() -> rows.insertAll(tables));
  }

  @Override
  public void updateAll(Collection<Table> tables) {
    guard.write(() -> tables.forEach(rows::update));
  }

  @Override
  public Option<Table> findById(SourceId sourceId, TableId id) {
    return guard.read(() -> Option.ofOptional(rows.get(id).filter(t -> t.sourceId().equals(sourceId))));
  }

  /** In id order. */
  @Override
  public List<Table> findByIds(Collection<TableId> ids) {
    return guard.read(() -> ids.stream().distinct().sorted()
        .flatMap(id -> rows.get(id).stream())
        .toList());
  }

  /** The live table of that name, else a deleted one. */
  @Override
  public Option<Table> findByName(DatabaseId dbId, TableName name) {
    return guard.read(() -> Option.ofOptional(byDatabase.get(dbId).stream()
        .filter(t -> t.name().equals(name))
        .min(Comparator.comparing(Table::deleted))));
  }

  @Override
  public List<Table> findByDatabase(DatabaseId dbId) {
    return guard.read(() -> List.copyOf(byDatabase.get(dbId)));
  }

  @Override
  public Page<Table> find(TableQuery query) {
    return guard.read(() -> Listing.page(
        query.dbId().map(byDatabase::get).orElseGet(() -> bySource.get(query.sourceId())).stream()
            .filter(t -> t.sourceId().equals(query.sourceId()) && !t.deleted())
            .filter(t -> Listing.exact(query.dbName(), t.dbName()))
            .filter(t -> Listing.nameMatches(query.name(), t.name().value()))
            .filter(t -> Listing.exact(query.type(), t.type()))
            .filter(t -> Listing.exact(query.hasPartitions(), t.partitioned()))
            .filter(t -> Listing.exactIfPresent(query.dstProjectName(), t.dstProjectName()))
            .filter(t -> Listing.exactIfPresent(query.dstSchemaName(), t.dstSchemaName()))
            .filter(t -> Listing.exact(query.dstName(), t.effectiveDstName()))
            .filter(t -> query.statuses().isEmpty() || query.statuses().contains(t.status()))
            .filter(t -> Listing.inRange(t.lastDdlTime(), query.lastDdlTimeStart(), query.lastDdlTimeEnd())),
        Listing.order(query.sorts(), InMemoryTableRepository::byField, Comparator.comparing(Table::id)),
        query.page()));
  }

  @Override
  public Map<DatabaseId, StatusCounts> countsByDatabase(Collection<DatabaseId> dbIds) {
    return guard.read(() -> {
      var counts = new HashMap<DatabaseId, StatusCounts>();
      for (var dbId : dbIds) {
        var of = StatusCounts.of(byDatabase.get(dbId).stream()
            .filter(t -> !t.deleted()).map(Table::status).toList());
        if (of.total() > 0) {
          counts.put(dbId, of);
        }
      }
      return Map.copyOf(counts);
    });
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }

  private static Comparator<Table> byField(Sort<TableQuery.Field> sort) {
    return switch (sort.field()) {
      case NUM_ROWS -> Listing.by(Table::numRows, sort.direction());
      case SIZE -> Listing.by(Table::size, sort.direction());
      case LAST_DDL_TIME -> Listing.byKnown(Table::lastDdlTime, sort.direction());
    };
  }
}
