package dev.mms.application.memory;

import dev.mms.application.port.out.TimerLogRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import dev.mms.domain.timer.TimerLog;
import dev.mms.domain.timer.TimerLogId;
import java.util.Comparator;
import java.util.List;

/** Timer logs in memory. */
public final class InMemoryTimerLogRepository implements TimerLogRepository {
  private final Guard guard;
  private final Rows<TimerLogId, TimerLog> rows;
  private final Rows<TimerLogId, TimerLog>.Group<TimerId> byTimer;
  private final Rows<TimerLogId, TimerLog>.Group<SourceId> bySource;

  InMemoryTimerLogRepository(Guard guard) {
    this.guard = guard;
    this.rows = new Rows<>(guard, "timer log", TimerLog::id);
    this.byTimer = rows.groupBy(TimerLog::timerId);
    this.bySource = rows.groupBy(TimerLog::sourceId);
  }

  @Override
  public void append(TimerLog log) {
    guard.write(() -> rows.insertAll(List.of(log)));
  }

  /** Newest first: by createTime, then by id, both descending. */
  @Override
  public Page<TimerLog> find(TimerId timerId, PageRequest page) {
    return guard.read(() -> Listing.page(byTimer.get(timerId).stream(),
        Comparator.comparing(TimerLog::createTime).thenComparing(TimerLog::id).reversed(), page));
  }

  @Override
  public void deleteByTimer(TimerId timerId) {
    guard.write(() -> rows.removeAll(byTimer.get(timerId)));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }
}
