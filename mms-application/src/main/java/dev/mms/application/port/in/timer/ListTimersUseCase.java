package dev.mms.application.port.in.timer;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.query.Page;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.timer.Timer;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/** ListMmsTimers. */
public interface ListTimersUseCase {

  Either<DomainError, Page<Timer>> listTimers(ListTimersQuery query);

  record ListTimersQuery(
      long sourceId, Optional<String> name, Optional<String> srcDbName,
      Optional<String> srcTableName, Optional<Boolean> stopped, PageParams page) {
    public ListTimersQuery {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(srcDbName, "srcDbName");
      Objects.requireNonNull(srcTableName, "srcTableName");
      Objects.requireNonNull(stopped, "stopped");
      Objects.requireNonNull(page, "page");
    }
  }
}
