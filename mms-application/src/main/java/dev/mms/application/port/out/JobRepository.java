package dev.mms.application.port.out;

import dev.mms.application.port.query.JobQuery;
import dev.mms.application.port.query.Page;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.List;

/**
 * Jobs, read together with the tally of their tasks (kept by {@link TaskRepository}), so the
 * derived status can be filtered and sorted without reading the tasks.
 */
public interface JobRepository {
  void insert(Job job);

  void update(Job job);

  /** Only a job of {@code sourceId}. */
  Option<JobSummary> findById(SourceId sourceId, JobId id);

  Page<JobSummary> find(JobQuery query);

  /** Every job of the source, ordered by id. */
  List<Job> findBySource(SourceId sourceId);

  void delete(JobId id);

  void deleteBySource(SourceId sourceId);
}
