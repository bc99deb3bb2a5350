package dev.mms.application.port.in.job;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.query.Page;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobSummary;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** ListMmsJobs: every documented filter, sortable by status. */
public interface ListJobsUseCase {

  Either<DomainError, Page<JobSummary>> listJobs(ListJobsQuery query);

  /**
   * {@code status} is a job status (INIT, DOING, DONE, FAILED); {@code sorter} maps {@code status}
   * to {@code asc}/{@code desc}.
   */
  record ListJobsQuery(
      long sourceId,
      Optional<String> name,
      Optional<String> srcDbName,
      Optional<String> srcTableName,
      Optional<String> dstDbName,
      Optional<String> dstTableName,
      Optional<String> status,
      Optional<Boolean> stopped,
      Optional<Long> timerId,
      Map<String, String> sorter,
      PageParams page) {
    public ListJobsQuery {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(srcDbName, "srcDbName");
      Objects.requireNonNull(srcTableName, "srcTableName");
      Objects.requireNonNull(dstDbName, "dstDbName");
      Objects.requireNonNull(dstTableName, "dstTableName");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(stopped, "stopped");
      Objects.requireNonNull(timerId, "timerId");
      sorter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorter));
      Objects.requireNonNull(page, "page");
    }
  }
}
