package dev.mms.application.port.in.timer;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.query.Page;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;

/** ListMmsTimerLogs: newest first. */
public interface ListTimerLogsUseCase {

  Either<DomainError, Page<TimerLogView>> listTimerLogs(ListTimerLogsQuery query);

  record ListTimerLogsQuery(long sourceId, long timerId, PageParams page) {
    public ListTimerLogsQuery {
      Objects.requireNonNull(page, "page");
    }
  }
}
