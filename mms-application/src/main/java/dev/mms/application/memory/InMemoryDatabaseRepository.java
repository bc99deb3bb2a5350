package dev.mms.application.memory;

import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.query.DatabaseQuery;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.Sort;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Scanned databases in memory. */
public final class InMemoryDatabaseRepository implements DatabaseRepository {
  private final Guard guard;
  private final Rows<DatabaseId, Database> rows;
  private final Rows<DatabaseId, Database>.Group<SourceId> bySource;

  InMemoryDatabaseRepository(Guard guard) {
    this.guard = guard;
    this.rows = new Rows<>(guard, "database", Database::id);
    this.bySource = rows.groupBy(Database::sourceId);
  }

  @Override
  public void insertAll(Collection<Database> databases) {
    guard.write(() -> rows.insertAll(databases));
  }

  @Override
  public void updateAll(Collection<Database> databases) {
    guard.write(() -> databases.forEach(rows::update));
  }

  @Override
  public Option<Database> findById(SourceId sourceId, DatabaseId id) {
    return guard.read(() -> Option.ofOptional(rows.get(id).filter(d -> d.sourceId().equals(sourceId))));
  }

  /** The live database of that name, else a deleted one. */
  @Override
  public Option<Database> findByName(SourceId sourceId, DatabaseName name) {
    return guard.read(() -> Option.ofOptional(bySource.get(sourceId).stream()
        .filter(d -> d.name().equals(name))
        .min(Comparator.comparing(Database::deleted))));
  }

  @Override
  public List<Database> findAllBySource(SourceId sourceId) {
    return guard.read(() -> List.copyOf(bySource.get(sourceId)));
  }

  @Override
  public Page<Database> find(DatabaseQuery query) {
    return guard.read(() -> Listing.page(bySource.get(query.sourceId()).stream()
            .filter(d -> Listing.nameMatches(query.name(), d.name().value()))
            .filter(d -> Listing.exact(query.status(), d.status())),
        Listing.order(query.sorts(), InMemoryDatabaseRepository::byField,
            Comparator.comparing(Database::id)),
        query.page()));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }

  private static Comparator<Database> byField(Sort<DatabaseQuery.Field> sort) {
    return switch (sort.field()) {
      case NUM_ROWS -> Listing.by(Database::numRows, sort.direction());
      case SIZE -> Listing.by(Database::size, sort.direction());
      case UPDATE_TIME -> Listing.by(Database::updateTime, sort.direction());
    };
  }

  /** A no-op: this store runs its transactions one at a time, so catalog writers never interleave. */
  @Override
  public void lockCatalog(SourceId sourceId) {}
}
