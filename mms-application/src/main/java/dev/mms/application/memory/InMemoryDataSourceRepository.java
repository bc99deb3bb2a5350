package dev.mms.application.memory;

import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.query.DataSourceQuery;
import dev.mms.application.port.query.Page;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.List;

/** Data sources in memory. */
public final class InMemoryDataSourceRepository implements DataSourceRepository {
  private final Guard guard;
  private final Rows<SourceId, DataSource> rows;

  InMemoryDataSourceRepository(Guard guard) {
    this.guard = guard;
    this.rows = new Rows<>(guard, "data source", DataSource::id);
  }

  @Override
  public void insert(DataSource source) {
    guard.write(() -> rows.insertAll(List.of(source)));
  }

  @Override
  public void update(DataSource source) {
    guard.write(() -> rows.update(source));
  }

  @Override
  public Option<DataSource> findById(SourceId id) {
    return guard.read(() -> Option.ofOptional(rows.get(id)));
  }

  @Override
  public Page<DataSource> find(DataSourceQuery query) {
    return guard.read(() -> Page.slice(rows.all().stream()
        .filter(s -> Listing.nameMatches(query.name(), s.name().value()))
        .filter(s -> Listing.exact(query.type(), s.type()))
        .filter(s -> Listing.exactIfPresent(query.region(), s.region()))
        .toList(), query.page()));
  }

  @Override
  public void delete(SourceId id) {
    guard.write(() -> rows.remove(id));
  }
}
