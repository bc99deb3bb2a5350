package dev.mms.application.port.query;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ListMmsTasks: {@code jobName} is a case-insensitive substring match, the other texts exact;
 * {@code partition} selects tasks covering that partition value. Sorting by status follows the
 * lifecycle order of {@link TaskStatus}; by startTime, tasks not started come last.
 */
public record TaskQuery(
    SourceId sourceId,
    Optional<JobId> jobId,
    Optional<String> jobName,
    Optional<String> srcDbName,
    Optional<String> srcTableName,
    Optional<String> dstDbName,
    Optional<String> dstTableName,
    Optional<TaskStatus> status,
    Optional<PartitionSpec> partition,
    List<Sort<TaskQuery.Field>> sorts,
    PageRequest page) {

  /** Sortable fields. */
  public enum Field { START_TIME, STATUS }

  public TaskQuery {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(jobName, "jobName");
    Objects.requireNonNull(srcDbName, "srcDbName");
    Objects.requireNonNull(srcTableName, "srcTableName");
    Objects.requireNonNull(dstDbName, "dstDbName");
    Objects.requireNonNull(dstTableName, "dstTableName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(partition, "partition");
    sorts = List.copyOf(sorts);
    Objects.requireNonNull(page, "page");
  }
}
