package dev.mms.application.memory;

import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.query.JobQuery;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.Sort;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Jobs in memory, read with the tally their tasks keep. */
public final class InMemoryJobRepository implements JobRepository {
  private final Guard guard;
  private final TaskTable tasks;
  private final Rows<JobId, Job> rows;
  private final Rows<JobId, Job>.Group<SourceId> bySource;
  private final Rows<JobId, Job>.Group<DatabaseId> byDatabase;

  InMemoryJobRepository(Guard guard, TaskTable tasks) {
    this.guard = guard;
    this.tasks = tasks;
    this.rows = new Rows<>(guard, "job", Job::id);
    this.bySource = rows.groupBy(Job::sourceId);
    this.byDatabase = rows.groupBy(Job::dbId);
  }

  @Override
  public void insert(Job job) {
    guard.write(() -> rows.insertAll(List.of(job)));
  }

  @Override
  public void update(Job job) {
    guard.write(() -> rows.update(job));
  }

  @Override
  public Option<JobSummary> findById(SourceId sourceId, JobId id) {
    return guard.read(() -> Option.ofOptional(rows.get(id)
        .filter(j -> j.sourceId().equals(sourceId))
        .map(this::summary)));
  }

  @Override
  public Page<JobSummary> find(JobQuery query) {
    return guard.read(() -> Listing.page(bySource.get(query.sourceId()).stream()
            .filter(j -> Listing.nameMatches(query.name(), j.name().value()))
            .filter(j -> Listing.exact(query.srcDbName(), j.srcDbName().value()))
            .filter(j -> Listing.exact(query.dstDbName(), j.dstDbName()))
            .filter(j -> Listing.exact(query.stopped(), j.stopped()))
            .filter(j -> Listing.exactIfPresent(query.timerId(), j.timerId()))
            .filter(j -> hasTaskOn(j, query.srcTableName(), t -> t.srcTableName().value()))
            .filter(j -> hasTaskOn(j, query.dstTableName(), Task::dstTableName))
            .map(this::summary)
            .filter(s -> Listing.exact(query.status(), s.status())),
        Listing.order(query.sorts(), InMemoryJobRepository::byField,
            Comparator.comparing(s -> s.job().id())),
        query.page()));
  }

  @Override
  public List<Job> findBySource(SourceId sourceId) {
    return guard.read(() -> List.copyOf(bySource.get(sourceId)));
  }

  @Override
  public void delete(JobId id) {
    guard.write(() -> rows.remove(id));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }

  /** The caller holds the lock. */
  Optional<Job> job(JobId id) {
    return rows.get(id);
  }

  /** The jobs over one source database; the caller holds the lock. */
  Collection<Job> ofDatabase(DatabaseId dbId) {
    return byDatabase.get(dbId);
  }

  private JobSummary summary(Job job) {
    return new JobSummary(job, tasks.tally(job.id()));
  }

  private boolean hasTaskOn(Job job, Optional<String> table, Function<Task, String> tableOf) {
    return table.isEmpty()
        || tasks.byJob.get(job.id()).stream().anyMatch(t -> tableOf.apply(t).equals(table.get()));
  }

  private static Comparator<JobSummary> byField(Sort<JobQuery.Field> sort) {
    return switch (sort.field()) {
      case STATUS -> Listing.by(JobSummary::status, sort.direction());
    };
  }
}
