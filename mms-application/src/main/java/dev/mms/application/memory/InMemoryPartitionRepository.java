package dev.mms.application.memory;

import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.application.port.query.Sort;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scanned partitions in memory. */
public final class InMemoryPartitionRepository implements PartitionRepository {
  private final Guard guard;
  private final Rows<PartitionId, Partition> rows;
  private final Rows<PartitionId, Partition>.Group<SourceId> bySource;
  private final Rows<PartitionId, Partition>.Group<DatabaseId> byDatabase;
  private final Rows<PartitionId, Partition>.Group<TableId> byTable;

  InMemoryPartitionRepository(Guard guard) {
    this.guard = guard;
    this.rows = new Rows<>(guard, "partition", Partition::id);
    this.bySource = rows.groupBy(Partition::sourceId);
    this.byDatabase = rows.groupBy(Partition::dbId);
    this.byTable = rows.groupBy(Partition::tableId);
  }

  @Override
  public void insertAll(Collection<Partition> partitions) {
    guard.write(() -> rows.insertAll(partitions));
  }

  @Override
  public void updateAll(Collection<Partition> partitions) {
    guard.write(() -> partitions.forEach(rows::update));
  }

  @Override
  public Option<Partition> findById(SourceId sourceId, PartitionId id) {
    return guard.read(() -> Option.ofOptional(rows.get(id).filter(p -> p.sourceId().equals(sourceId))));
  }

  /** In id order. */
  @Override
  public List<Partition> findByIds(Collection<PartitionId> ids) {
    return guard.read(() -> ids.stream().distinct().sorted()
        .flatMap(id -> rows.get(id).stream())
        .toList());
  }

  @Override
  public List<Partition> findByTable(TableId tableId) {
    return guard.read(() -> List.copyOf(byTable.get(tableId)));
  }

  @Override
  public List<Partition> findByDatabase(DatabaseId dbId) {
    return guard.read(() -> List.copyOf(byDatabase.get(dbId)));
  }

  @Override
  public Page<Partition> find(PartitionQuery query) {
    return guard.read(() -> Listing.page(
        query.tableId().map(byTable::get)
            .or(() -> query.dbId().map(byDatabase::get))
            .orElseGet(() -> bySource.get(query.sourceId())).stream()
            .filter(p -> p.sourceId().equals(query.sourceId()) && !p.deleted())
            .filter(p -> Listing.exact(query.dbId(), p.dbId()))
            .filter(p -> Listing.exact(query.dbName(), p.dbName()))
            .filter(p -> Listing.exact(query.tableId(), p.tableId()))
            .filter(p -> Listing.exact(query.tableName(), p.tableName()))
            .filter(p -> Listing.exact(query.value(), p.value()))
            .filter(p -> Listing.exact(query.updated(), p.updated()))
            .filter(p -> query.statuses().isEmpty() || query.statuses().contains(p.status()))
            .filter(p -> Listing.inRange(p.lastDdlTime(), query.lastDdlTimeStart(), query.lastDdlTimeEnd())),
        Listing.order(query.sorts(), InMemoryPartitionRepository::byField,
            Comparator.comparing(Partition::id)),
        query.page()));
  }

  @Override
  public void updateStatus(Collection<PartitionId> ids, MigrationStatus status, Instant at) {
    guard.write(() -> {
      for (var id : ids) {
        rows.get(id).ifPresent(p -> rows.put(p.withStatus(status, at)));
      }
    });
  }

  @Override
  public Map<TableId, StatusCounts> countsByTable(Collection<TableId> tableIds) {
    return guard.read(() -> counts(tableIds, byTable::get));
  }

  @Override
  public Map<DatabaseId, StatusCounts> countsByDatabase(Collection<DatabaseId> dbIds) {
    return guard.read(() -> counts(dbIds, byDatabase::get));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }

  /** The partitions of the source, deleted ones included, whose value is {@code spec}; the caller holds the lock. */
  Set<PartitionId> idsWithValue(SourceId sourceId, PartitionSpec spec) {
    return bySource.get(sourceId).stream()
        .filter(p -> p.value().equals(spec))
        .map(Partition::id)
        .collect(Collectors.toSet());
  }

  private static <K> Map<K, StatusCounts> counts(
      Collection<K> keys, Function<K, Collection<Partition>> partitionsOf) {
    var counts = new HashMap<K, StatusCounts>();
    for (var key : keys) {
      var of = StatusCounts.of(partitionsOf.apply(key).stream()
          .filter(p -> !p.deleted()).map(Partition::status).toList());
      if (of.total() > 0) {
        counts.put(key, of);
      }
    }
    return Map.copyOf(counts);
  }

  private static Comparator<Partition> byField(Sort<PartitionQuery.Field> sort) {
    return switch (sort.field()) {
      case NUM_ROWS -> Listing.byKnown(p -> Listing.known(p.numRows()), sort.direction());
      case SIZE -> Listing.byKnown(p -> Listing.known(p.size()), sort.direction());
      case LAST_DDL_TIME -> Listing.byKnown(Partition::lastDdlTime, sort.direction());
    };
  }
}
