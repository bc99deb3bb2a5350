package dev.mms.application.service.timer;

import dev.mms.application.port.in.timer.CreateTimerUseCase;
import dev.mms.application.port.in.timer.DeleteTimerUseCase;
import dev.mms.application.port.in.timer.FireDueTimersUseCase;
import dev.mms.application.port.in.timer.GetTimerUseCase;
import dev.mms.application.port.in.timer.ListTimerLogsUseCase;
import dev.mms.application.port.in.timer.ListTimersUseCase;
import dev.mms.application.port.in.timer.TimerLogView;
import dev.mms.application.port.in.timer.TriggerTimerUseCase;
import dev.mms.application.port.in.timer.UpdateTimerUseCase;
import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.out.TimerLogRepository;
import dev.mms.application.port.out.TimerRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TimerQuery;
import dev.mms.application.service.Inputs;
import dev.mms.application.service.job.JobConfigs;
import dev.mms.application.service.job.JobFactory;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.NameRules;
import dev.mms.domain.name.TableName;
import dev.mms.domain.name.TimerName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.timer.Schedule;
import dev.mms.domain.timer.Timer;
import dev.mms.domain.timer.TimerId;
import dev.mms.domain.timer.TimerLog;
import dev.mms.domain.timer.TimerLogId;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The timer use cases, and the periodic firing of due timers. */
public final class TimerService
    implements CreateTimerUseCase, ListTimersUseCase, GetTimerUseCase, UpdateTimerUseCase,
        DeleteTimerUseCase, TriggerTimerUseCase, ListTimerLogsUseCase, FireDueTimersUseCase {

  static final String START_JOB = "start job";
  static final String START_JOB_SUCCESS = "start job success";

  private static final DateTimeFormatter RUN_SUFFIX =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final DataSourceRepository sources;
  private final TimerRepository timers;
  private final TimerLogRepository timerLogs;
  private final JobRepository jobs;
  private final AsyncTaskRepository asyncTasks;
  private final JobFactory factory;
  private final IdGenerator ids;
  private final TransactionPort tx;
  private final Clock clock;

  public TimerService(
      DataSourceRepository sources, TimerRepository timers, TimerLogRepository timerLogs,
      JobRepository jobs, AsyncTaskRepository asyncTasks, JobFactory factory, IdGenerator ids,
      TransactionPort tx, Clock clock) {
    this.sources = sources;
    this.timers = timers;
    this.timerLogs = timerLogs;
    this.jobs = jobs;
    this.asyncTasks = asyncTasks;
    this.factory = factory;
    this.ids = ids;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<DomainError, TimerId> createTimer(CreateTimerCommand command) {
    var name = TimerName.of(command.name());
    var srcDb = DatabaseName.of("srcDbName", command.srcDbName());
    var schedule = Schedule.of(command.scheduleType(), command.value());
    var config = JobConfigs.from(command.config());
    var problems = Inputs.problems(name, srcDb, schedule, config);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .flatMap(JobFactory::migratable)
        .flatMap(source -> factory.scannedDatabase(source, srcDb.get()).flatMap(db -> {
          var now = clock.instant();
          var timer = new Timer(new TimerId(ids.next(Sequence.TIMER)), name.get(), source.id(),
              db.id(), srcDb.get(), schedule.get(), config.get(), false, now, now,
              Optional.empty());
          // A dry run of its first job checks the config against the catalog (tables, filters,
          // mapping) now rather than at the first firing.
          return factory.draft(source, request(source, timer, now)).map(draft -> {
            timers.insert(timer);
            return timer.id();
          });
        })));
  }

  @Override
  public Either<DomainError, Page<Timer>> listTimers(ListTimersQuery query) {
    var page = Inputs.page(query.page());
    if (page.isInvalid()) {
      return Either.left(page.getError());
    }
    return Inputs.source(sources, query.sourceId())
        .map(source -> timers.find(new TimerQuery(source.id(), Inputs.text(query.name()),
            Inputs.text(query.srcDbName()), Inputs.text(query.srcTableName()), query.stopped(),
            page.get())));
  }

  @Override
  public Either<DomainError, Timer> getTimer(GetTimerQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> timer(source, query.timerId()));
  }

  @Override
  public Either<DomainError, TimerId> updateTimer(UpdateTimerCommand command) {
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .flatMap(source -> timer(source, command.timerId()))
        .flatMap(timer -> {
          var schedule = Schedule.of(command.scheduleType().orElse(timer.schedule().type()),
              command.value().orElse(timer.schedule().value()));
          var white = tableNames("tableWhiteList", command.tableWhiteList(),
              timer.config().tableWhiteList());
          var black = tableNames("tableBlackList", command.tableBlackList(),
              timer.config().tableBlackList());
          var problems = Inputs.problems(schedule, white, black);
          if (problems.isDefined()) {
            return Either.left(problems.get());
          }
          var c = timer.config();
          var config = new JobConfig(c.tables(), c.partitions(), white.get(), black.get(),
              c.partitionFilters(), c.tableMapping(), c.columnMapping(), c.increment(),
              c.enableVerification(), c.enableSchemaMigration(), c.enableDataMigration(),
              c.schemaOnly(), c.taskType(), c.tunnelQuota(), c.others());
          var updated = timer.update(schedule.get(), config,
              command.stopped().orElse(timer.stopped()), clock.instant());
          timers.update(updated);
          return Either.right(timer.id());
        }));
  }

  @Override
  public Either<DomainError, TimerId> deleteTimer(DeleteTimerCommand command) {
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .flatMap(source -> timer(source, command.timerId()))
        .map(timer -> {
          timerLogs.deleteByTimer(timer.id());
          timers.delete(timer.id());
          return timer.id();
        }));
  }

  @Override
  public Either<DomainError, TimerId> triggerTimer(TriggerTimerCommand command) {
    return Inputs.source(sources, command.sourceId())
        .flatMap(source -> timer(source, command.timerId()))
        .map(timer -> fire(timer, clock.instant()));
  }

  @Override
  public Either<DomainError, Page<TimerLogView>> listTimerLogs(ListTimerLogsQuery query) {
    var page = Inputs.page(query.page());
    if (page.isInvalid()) {
      return Either.left(page.getError());
    }
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> timer(source, query.timerId())
            .map(timer -> timerLogs.find(timer.id(), page.get())
                .map(log -> new TimerLogView(log, log.asyncTaskId()
                    .flatMap(id -> asyncTasks.findById(source.id(), id).toJavaOptional())
                    .flatMap(this::jobStatus)))));
  }

  /** The status of the job {@code creation} stores: INIT until it is stored, FAILED if it never is. */
  private Optional<JobStatus> jobStatus(AsyncTask creation) {
    return switch (creation.status()) {
      case DOING -> Optional.of(JobStatus.INIT);
      case FAILED -> Optional.of(JobStatus.FAILED);
      case DONE -> creation.objectId().stream().mapToObj(JobId::new).findFirst()
          .flatMap(id -> jobs.findById(creation.sourceId(), id).toJavaOptional())
          .map(JobSummary::status);
    };
  }

  @Override
  public List<TimerId> fireDueTimers(Instant now) {
    var fired = new ArrayList<TimerId>();
    for (var timer : timers.findActive()) {
      var last = timer.lastFiredAt().orElse(timer.createTime());
      var next = timer.schedule().nextAfter(last.atZone(clock.getZone())).toInstant();
      if (!next.isAfter(now)) {
        fired.add(fire(timer, now));
      }
    }
    return fired;
  }

  /**
   * Creates a job run of {@code timer} over the new or updated partitions of its scope and logs
   * the outcome; a refusal (source stopped, database gone, bad filter) is logged, not thrown.
   */
  private TimerId fire(Timer timer, Instant now) {
    var outcome = sources.findById(timer.sourceId())
        .toEither(() -> (DomainError) NotFound.of("DataSource", timer.sourceId()))
        .flatMap(source -> factory.draft(source, request(source, timer, now))
            .map(draft -> factory.create(source, draft, Optional.of(timer.id())).asyncTaskId()));
    tx.inTransaction(() -> {
      timerLogs.append(new TimerLog(new TimerLogId(ids.next(Sequence.TIMER_LOG)), timer.id(),
          timer.sourceId(), outcome.toJavaOptional(), START_JOB,
          outcome.fold(DomainError::message, created -> START_JOB_SUCCESS), clock.instant()));
      timers.findById(timer.sourceId(), timer.id()).forEach(t -> timers.update(t.fired(now)));
      return timer.id();
    });
    return timer.id();
  }

  /** A timer's run migrates only what is new or changed since the last run. */
  private static JobFactory.JobRequest request(DataSource source, Timer timer, Instant now) {
    var c = timer.config();
    var config = new JobConfig(c.tables(), c.partitions(), c.tableWhiteList(),
        c.tableBlackList(), c.partitionFilters(), c.tableMapping(), c.columnMapping(), true,
        c.enableVerification(), c.enableSchemaMigration(), c.enableDataMigration(),
        c.schemaOnly(), c.taskType(), c.tunnelQuota(), c.others());
    return new JobFactory.JobRequest(jobName(timer, now), timer.srcDbName(), Optional.empty(),
        JobFactory.defaultDestination(source, timer.srcDbName()), Optional.empty(),
        Optional.empty(), config);
  }

  /** {@code <timer name>_<yyyyMMddHHmmss>}, shortened to fit a name when the timer's name is long. */
  private static JobName jobName(Timer timer, Instant now) {
    var suffix = "_" + RUN_SUFFIX.format(now);
    var base = timer.name().value();
    if (base.length() + suffix.length() > NameRules.MAX_LENGTH) {
      base = base.substring(0, NameRules.MAX_LENGTH - suffix.length());
    }
    return new JobName(base + suffix);
  }

  private Either<DomainError, Timer> timer(DataSource source, long raw) {
    return TimerId.of("timerId", raw).toEither()
        .flatMap(id -> timers.findById(source.id(), id).toEither(() -> NotFound.of("Timer", raw)));
  }

  private static Validation<DomainError, List<TableName>> tableNames(
      String field, Optional<List<String>> given, List<TableName> stored) {
    if (given.isEmpty()) {
      return Validation.valid(stored);
    }
    var parsed = given.get().stream().map(n -> TableName.of(field, n)).toList();
    var problems = Inputs.problems(parsed);
    return problems.isDefined()
        ? Validation.invalid(problems.get())
        : Validation.valid(parsed.stream().map(Validation::get).distinct().toList());
  }
}
