package dev.mms.application.port.in.task;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.query.Page;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** ListMmsTasks: every documented filter, including the partition value a task covers. */
public interface ListTasksUseCase {

  Either<DomainError, Page<TaskView>> listTasks(ListTasksQuery query);

  /**
   * {@code status} is a task status; {@code partition} a partition spec {@code p1=1/p2=abc};
   * {@code sorter} maps {@code startTime} and {@code status} to {@code asc}/{@code desc}.
   */
  record ListTasksQuery(
      long sourceId,
      Optional<Long> jobId,
      Optional<String> jobName,
      Optional<String> srcDbName,
      Optional<String> srcTableName,
      Optional<String> dstDbName,
      Optional<String> dstTableName,
      Optional<String> status,
      Optional<String> partition,
      Map<String, String> sorter,
      PageParams page) {
    public ListTasksQuery {
      Objects.requireNonNull(jobId, "jobId");
      Objects.requireNonNull(jobName, "jobName");
      Objects.requireNonNull(srcDbName, "srcDbName");
      Objects.requireNonNull(srcTableName, "srcTableName");
      Objects.requireNonNull(dstDbName, "dstDbName");
      Objects.requireNonNull(dstTableName, "dstTableName");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(partition, "partition");
      sorter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorter));
      Objects.requireNonNull(page, "page");
    }
  }
}
