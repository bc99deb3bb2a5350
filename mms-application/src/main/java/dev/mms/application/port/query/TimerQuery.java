package dev.mms.application.port.query;

import dev.mms.domain.source.SourceId;
import java.util.Objects;
import java.util.Optional;

/** ListMmsTimers: {@code name} is a case-insensitive substring match; {@code srcTableName} selects timers whose tables include it. */
public record TimerQuery(
    SourceId sourceId, Optional<String> name, Optional<String> srcDbName,
    Optional<String> srcTableName, Optional<Boolean> stopped, PageRequest page) {
  public TimerQuery {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(srcDbName, "srcDbName");
    Objects.requireNonNull(srcTableName, "srcTableName");
    Objects.requireNonNull(stopped, "stopped");
    Objects.requireNonNull(page, "page");
  }
}
