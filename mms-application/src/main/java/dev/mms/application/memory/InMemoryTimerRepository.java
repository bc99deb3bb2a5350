package dev.mms.application.memory;

import dev.mms.application.port.out.TimerRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TimerQuery;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.Timer;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Option;
import java.util.List;

/** Timers in memory. */
public final class InMemoryTimerRepository implements TimerRepository {
  private final Guard guard;
  private final Rows<TimerId, Timer> rows;
  private final Rows<TimerId, Timer>.Group<SourceId> bySource;

  InMemoryTimerRepository(Guard guard) {
    this.guard = guard;
    this.rows = new Rows<>(guard, "timer", Timer::id);
    this.bySource = rows.groupBy(Timer::sourceId);
  }

  @Override
  public void insert(Timer timer) {
    guard.write(() -> rows.insertAll(List.of(timer)));
  }

  @Override
  public void update(Timer timer) {
    guard.write(() -> rows.update(timer));
  }

  @Override
  public Option<Timer> findById(SourceId sourceId, TimerId id) {
    return guard.read(() -> Option.ofOptional(rows.get(id).filter(t -> t.sourceId().equals(sourceId))));
  }

  @Override
  public Page<Timer> find(TimerQuery query) {
    return guard.read(() -> Page.slice(bySource.get(query.sourceId()).stream()
        .filter(t -> Listing.nameMatches(query.name(), t.name().value()))
        .filter(t -> Listing.exact(query.srcDbName(), t.srcDbName().value()))
        .filter(t -> query.srcTableName().isEmpty() || t.config().tables().stream()
            .anyMatch(name -> name.value().equals(query.srcTableName().get())))
        .filter(t -> Listing.exact(query.stopped(), t.stopped()))
        .toList(), query.page()));
  }

  @Override
  public List<Timer> findActive() {
    return guard.read(() -> rows.all().stream().filter(t -> !t.stopped()).toList());
  }

  @Override
  public void delete(TimerId id) {
    guard.write(() -> rows.remove(id));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }
}
