package dev.mms.application.service.job;

import dev.mms.application.port.in.job.CreateJobUseCase;
import dev.mms.application.port.in.job.DeleteJobUseCase;
import dev.mms.application.port.in.job.GetJobUseCase;
import dev.mms.application.port.in.job.ListJobsUseCase;
import dev.mms.application.port.in.job.PlanJobUseCase;
import dev.mms.application.port.in.job.RetryJobUseCase;
import dev.mms.application.port.in.job.StartJobUseCase;
import dev.mms.application.port.in.job.StopJobUseCase;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.application.port.query.JobQuery;
import dev.mms.application.port.query.Page;
import dev.mms.application.service.AsyncRunner;
import dev.mms.application.service.Inputs;
import dev.mms.application.service.rollup.CatalogRollUp;
import dev.mms.application.service.task.TaskHistory;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.plan.Plan;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The job use cases. */
public final class JobService
    implements CreateJobUseCase, PlanJobUseCase, ListJobsUseCase, GetJobUseCase,
        StartJobUseCase, StopJobUseCase, RetryJobUseCase, DeleteJobUseCase {

  private static final Map<String, JobQuery.Field> SORTS = Map.of("status", JobQuery.Field.STATUS);

  private final DataSourceRepository sources;
  private final JobRepository jobs;
  private final TaskRepository tasks;
  private final TaskLogRepository taskLogs;
  private final JobFactory factory;
  private final TaskHistory history;
  private final CatalogRollUp rollUp;
  private final AsyncRunner async;
  private final TransactionPort tx;
  private final Clock clock;

  public JobService(
      DataSourceRepository sources, JobRepository jobs, TaskRepository tasks,
      TaskLogRepository taskLogs, JobFactory factory, TaskHistory history, CatalogRollUp rollUp,
      AsyncRunner async, TransactionPort tx, Clock clock) {
    this.sources = sources;
    this.jobs = jobs;
    this.tasks = tasks;
    this.taskLogs = taskLogs;
    this.factory = factory;
    this.history = history;
    this.rollUp = rollUp;
    this.async = async;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<DomainError, AsyncTaskId> createJob(CreateJobCommand command) {
    return Inputs.source(sources, command.sourceId())
        .flatMap(source -> request(source, command)
            .flatMap(request -> factory.draft(source, request))
            .map(draft -> factory.create(source, draft, Optional.empty()).asyncTaskId()));
  }

  @Override
  public Either<DomainError, Plan> planJob(PlanJobCommand command) {
    return Inputs.source(sources, command.job().sourceId())
        .flatMap(source -> request(source, command.job())
            .flatMap(request -> factory.draft(source, request)))
        .map(JobFactory.Draft::plan);
  }

  @Override
  public Either<DomainError, Page<JobSummary>> listJobs(ListJobsQuery query) {
    var status = Inputs.optionalEnum("status", query.status(), JobStatus.class);
    var timer = query.timerId()
        .map(id -> TimerId.of("timerId", id).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
    var sorts = Inputs.sorts(query.sorter(), SORTS);
    var page = Inputs.page(query.page());
    var problems = Inputs.problems(status, timer, sorts, page);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    Function<SourceId, Page<JobSummary>> find = sourceId -> jobs.find(new JobQuery(sourceId,
        Inputs.text(query.name()), Inputs.text(query.srcDbName()),
        Inputs.text(query.srcTableName()), Inputs.text(query.dstDbName()),
        Inputs.text(query.dstTableName()), status.get(), query.stopped(), timer.get(), sorts.get(),
        page.get()));
    // As for GetMmsJob, jobs found prove their source, which is read only for an empty page. The
    // reads are not wrapped in a transaction: under read committed it would make them no more
    // consistent, and it costs a commit per request.
    var found = SourceId.of("sourceId", query.sourceId()).toOption().map(find);
    if (found.exists(p -> !p.items().isEmpty())) {
      return Either.right(found.get());
    }
    return Inputs.source(sources, query.sourceId())
        .map(source -> found.getOrElse(() -> find.apply(source.id())));
  }

  @Override
  public Either<DomainError, JobSummary> getJob(GetJobQuery query) {
    // A job found under its source proves the source: a source's jobs are deleted in the
    // transaction that deletes it. So the source is read only when no job is found, to give the
    // same error as reading it first would (issue #7: one read per request instead of two), and
    // with no transaction around the reads, as for ListMmsJobs.
    return SourceId.of("sourceId", query.sourceId()).toOption()
        .flatMap(sourceId -> JobId.of("jobId", query.jobId()).toOption()
            .flatMap(jobId -> jobs.findById(sourceId, jobId)))
        .<Either<DomainError, JobSummary>>map(Either::right)
        .getOrElse(() -> Inputs.source(sources, query.sourceId())
            .flatMap(source -> job(source, query.jobId())));
  }

  @Override
  public Either<DomainError, JobId> startJob(StartJobCommand command) {
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .flatMap(source -> job(source, command.jobId()))
        .map(summary -> {
          var job = summary.job();
          jobs.update(job.resume());
          tasks.setStoppedByJob(job.id(), false);
          tasks.findByJob(job.id()).stream()
              .filter(t -> !t.status().done())
              .forEach(t -> history.append(t, "start by user", "ok"));
          return job.id();
        }));
  }

  @Override
  public Either<DomainError, JobId> stopJob(StopJobCommand command) {
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .flatMap(source -> job(source, command.jobId()))
        .map(summary -> {
          var job = summary.job();
          stop(job.id());
          jobs.update(job.stop());
          async.recordDone(job.sourceId(), AsyncTaskType.STOP_JOB, job.id().value(),
              "{\"jobId\":" + job.id() + ",\"stopped\":true}");
          return job.id();
        }));
  }

  /** All or nothing: one task that cannot be retried (a worker or a stop got there first) undoes the others. */
  @Override
  public Either<DomainError, JobId> retryJob(RetryJobCommand command) {
    try {
      return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
          .flatMap(source -> job(source, command.jobId()))
          .map(summary -> {
            var now = clock.instant();
            for (var task : tasks.findByJob(summary.job().id())) {
              if (task.status().failed()) {
                var retried = task.retryByUser(now).flatMap(tasks::update)
                    .getOrElseThrow(Refused::new);
                history.append(retried, "retry by user", "ok");
                rollUp.onTaskStatus(retried, now);
              }
            }
            return summary.job().id();
          }));
    } catch (Refused refused) {
      return Either.left(refused.error);
    }
  }

  @Override
  public Either<DomainError, JobId> deleteJob(DeleteJobCommand command) {
    return Inputs.source(sources, command.sourceId())
        .flatMap(source -> job(source, command.jobId()))
        .map(summary -> {
          var id = summary.job().id();
          // Stop first, on its own, so that workers let go of the tasks before they disappear.
          tx.inTransaction(() -> {
            stop(id);
            jobs.update(summary.job().stop());
            return id;
          });
          return tx.inTransaction(() -> {
            var removed = tasks.findByJob(id);
            taskLogs.deleteByJob(id);
            tasks.deleteByJob(id);
            jobs.delete(id);
            // Its partitions must not stay DOING (or FAILED) for a job nobody can see any more.
            rollUp.onTasksRemoved(removed, clock.instant());
            return id;
          });
        });
  }

  private void stop(JobId id) {
    tasks.setStoppedByJob(id, true);
    tasks.findByJob(id).stream()
        .filter(t -> !t.status().done())
        .forEach(t -> history.append(t, "stop by user", "ok"));
  }

  /** Carries a refusal out of a transaction, which rolls back on the way. */
  private static final class Refused extends RuntimeException {
    private final transient DomainError error;

    Refused(DomainError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  private Either<DomainError, JobFactory.JobRequest> request(DataSource source, CreateJobCommand command) {
    var name = JobName.of(command.name());
    var srcDb = DatabaseName.of("srcDbName", command.srcDbName());
    var eta = Inputs.text(command.eta())
        .map(e -> Eta.of(e).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
    var dstDb = Inputs.text(command.dstDbName());
    var config = JobConfigs.from(command.config());
    var problems = Inputs.problems(name, srcDb, eta, config);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    return Either.right(new JobFactory.JobRequest(name.get(), srcDb.get(),
        Inputs.text(command.srcSchemaName()),
        dstDb.orElseGet(() -> JobFactory.defaultDestination(source, srcDb.get())),
        Inputs.text(command.dstSchemaName()), eta.get(), config.get()));
  }

  private Either<DomainError, JobSummary> job(DataSource source, long raw) {
    return JobId.of("jobId", raw).toEither()
        .flatMap(id -> jobs.findById(source.id(), id).toEither(() -> NotFound.of("Job", raw)));
  }
}
