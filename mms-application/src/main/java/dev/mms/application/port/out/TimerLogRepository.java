package dev.mms.application.port.out;

import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import dev.mms.domain.timer.TimerLog;

/** What every timer firing did. */
public interface TimerLogRepository {
  void append(TimerLog log);

  /** Newest first. */
  Page<TimerLog> find(TimerId timerId, PageRequest page);

  void deleteByTimer(TimerId timerId);

  void deleteBySource(SourceId sourceId);
}
