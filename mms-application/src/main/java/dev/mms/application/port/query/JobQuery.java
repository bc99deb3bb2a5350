package dev.mms.application.port.query;

import dev.mms.domain.job.JobStatus;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ListMmsJobs: {@code name} is a case-insensitive substring match; {@code srcTableName} and
 * {@code dstTableName} select jobs with a task on that table; {@code status} is the derived job
 * status. Sorting by status follows the enum order (INIT, DOING, DONE, FAILED).
 */
public record JobQuery(
    SourceId sourceId,
    Optional<String> name,
    Optional<String> srcDbName,
    Optional<String> srcTableName,
    Optional<String> dstDbName,
    Optional<String> dstTableName,
    Optional<JobStatus> status,
    Optional<Boolean> stopped,
    Optional<TimerId> timerId,
    List<Sort<JobQuery.Field>> sorts,
    PageRequest page) {

  /** Sortable fields. */
  public enum Field { STATUS }

  public JobQuery {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(srcDbName, "srcDbName");
    Objects.requireNonNull(srcTableName, "srcTableName");
    Objects.requireNonNull(dstDbName, "dstDbName");
    Objects.requireNonNull(dstTableName, "dstTableName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stopped, "stopped");
    Objects.requireNonNull(timerId, "timerId");
    sorts = List.copyOf(sorts);
    Objects.requireNonNull(page, "page");
  }
}
