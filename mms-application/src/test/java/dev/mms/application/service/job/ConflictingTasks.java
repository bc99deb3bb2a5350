package dev.mms.application.service.job;

import dev.mms.application.port.out.ClaimRequest;
import dev.mms.application.port.out.LiveCoverage;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A store's tasks where every write of one task loses a race, as when a worker or a stop changed
 * it a moment before: everything else goes to the real repository.
 */
final class ConflictingTasks implements TaskRepository {
  private final TaskRepository tasks;
  private final TaskId contested;

  ConflictingTasks(TaskRepository tasks, TaskId contested) {
    this.tasks = tasks;
    this.contested = contested;
  }

  @Override
  public Either<DomainError, Task> update(Task next, long base) {
    return next.id().equals(contested)
        ? Either.left(new Conflict("task " + contested + " was changed by someone else"))
        : tasks.update(next, base);
  }

  @Override
  public void insertAll(Collection<Task> batch) {
    tasks.insertAll(batch);
  }

  @Override
  public Option<Task> findById(SourceId sourceId, TaskId id) {
    return tasks.findById(sourceId, id);
  }

  @Override
  public Option<Long> versionOf(SourceId sourceId, TaskId id) {
    return tasks.versionOf(sourceId, id);
  }

  @Override
  public List<Task> findByJob(JobId jobId) {
    return tasks.findByJob(jobId);
  }

  @Override
  public Page<Task> find(TaskQuery query) {
    return tasks.find(query);
  }

  @Override
  public List<Task> claim(ClaimRequest request) {
    return tasks.claim(request);
  }

  @Override
  public LiveCoverage liveCoverage(DatabaseId dbId) {
    return tasks.liveCoverage(dbId);
  }

  @Override
  public Map<JobId, TaskTally> tallies(Collection<JobId> jobIds) {
    return tasks.tallies(jobIds);
  }

  @Override
  public int setStoppedByJob(JobId jobId, boolean stopped) {
    return tasks.setStoppedByJob(jobId, stopped);
  }

  @Override
  public void deleteByJob(JobId jobId) {
    tasks.deleteByJob(jobId);
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    tasks.deleteBySource(sourceId);
  }
}
