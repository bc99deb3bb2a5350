package dev.mms.application.port.out;

import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TimerQuery;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.Timer;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Option;
import java.util.List;

/** Timers. */
public interface TimerRepository {
  void insert(Timer timer);

  void update(Timer timer);

  /** Only a timer of {@code sourceId}. */
  Option<Timer> findById(SourceId sourceId, TimerId id);

  /** Ordered by id. */
  Page<Timer> find(TimerQuery query);

  /** Every timer that is not stopped, of every source. */
  List<Timer> findActive();

  void delete(TimerId id);

  void deleteBySource(SourceId sourceId);
}
