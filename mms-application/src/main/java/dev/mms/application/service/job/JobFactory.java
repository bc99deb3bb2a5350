package dev.mms.application.service.job;

import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.application.service.AsyncRunner;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.plan.GroupingLimits;
import dev.mms.domain.plan.Plan;
import dev.mms.domain.plan.PlanRequest;
import dev.mms.domain.plan.Planner;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks, plans and creates jobs, for users (CreateMmsJob, the dry run) and for timers alike: the
 * source must be STARTED and of a type with an engine, the database scanned, the config valid for
 * its tables; the job and all its tasks are then stored in one transaction.
 */
public final class JobFactory {

  /** A job as asked for, with typed values; its destination database is already resolved. */
  public record JobRequest(
      JobName name, DatabaseName srcDbName, Optional<String> srcSchemaName, String dstDbName,
      Optional<String> dstSchemaName, Optional<Eta> eta, JobConfig config) {
    public JobRequest {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(srcDbName, "srcDbName");
      Objects.requireNonNull(srcSchemaName, "srcSchemaName");
      Objects.requireNonNull(dstDbName, "dstDbName");
      Objects.requireNonNull(dstSchemaName, "dstSchemaName");
      Objects.requireNonNull(eta, "eta");
      Objects.requireNonNull(config, "config");
    }
  }

  /** A checked request, the database it covers and its plan. */
  public record Draft(JobRequest request, Database database, Plan plan) {}

  /** A job being stored, and the async task that reports when it is. */
  public record Created(JobId jobId, AsyncTaskId asyncTaskId) {}

  private final DatabaseRepository databases;
  private final TableRepository tables;
  private final PartitionRepository partitions;
  private final JobRepository jobs;
  private final TaskRepository tasks;
  private final AsyncRunner async;
  private final IdGenerator ids;
  private final TransactionPort tx;
  private final Clock clock;

  public JobFactory(
      DatabaseRepository databases, TableRepository tables, PartitionRepository partitions,
      JobRepository jobs, TaskRepository tasks, AsyncRunner async, IdGenerator ids,
      TransactionPort tx, Clock clock) {
    this.databases = databases;
    this.tables = tables;
    this.partitions = partitions;
    this.jobs = jobs;
    this.tasks = tasks;
    this.async = async;
    this.ids = ids;
    this.tx = tx;
    this.clock = clock;
  }

  /** The source can run jobs: it is STARTED and its type has a migration engine. */
  public static Either<DomainError, DataSource> migratable(DataSource source) {
    if (!source.type().hasEngine()) {
      return Either.left(new InvalidValue("sourceId", "data sources of type " + source.type()
          + " have no migration engine yet, so jobs on source " + source.name()
          + " cannot run; jobs need a JDBC or MOCK source"));
    }
    if (!source.status().online()) {
      return Either.left(new IllegalTransition("DataSource", source.status().name(), "CREATE_JOB"));
    }
    return Either.right(source);
  }

  /** The database {@code name} of the source as the last scan found it. */
  public Either<DomainError, Database> scannedDatabase(DataSource source, DatabaseName name) {
    return databases.findByName(source.id(), name)
        .filter(db -> !db.deleted())
        .toEither(() -> new InvalidValue("srcDbName", "database " + name
            + " is not in the catalog of data source " + source.name()
            + "; scan it first (CreateMmsFetchMetadataJob)"));
  }

  /** Where a job's data goes when the request names no database: the source's default project, else the source database's name. */
  public static String defaultDestination(DataSource source, DatabaseName srcDbName) {
    return source.dstProject().orElse(srcDbName.value());
  }

  /** Checks {@code request} against the source and its catalog and plans it; nothing is stored. */
  public Either<DomainError, Draft> draft(DataSource source, JobRequest request) {
    return migratable(source)
        .flatMap(s -> scannedDatabase(s, request.srcDbName()))
        .flatMap(db -> {
          var coverage = tasks.liveCoverage(db.id());
          var planRequest = new PlanRequest(request.config(), db, tables.findByDatabase(db.id()),
              partitions.findByDatabase(db.id()), coverage.partitions(), coverage.tables(),
              limits(source));
          return Planner.plan(planRequest).map(plan -> new Draft(request, db, plan));
        });
  }

  /**
   * Stores the job of {@code draft} with its tasks, in one transaction, as an async task
   * (TASK_CREATE) whose object is the job.
   */
  public Created create(DataSource source, Draft draft, Optional<TimerId> timer) {
    var now = clock.instant();
    var request = draft.request();
    var jobId = new JobId(ids.next(Sequence.JOB));
    var job = new Job(jobId, request.name(), source.id(), source.name(), draft.database().id(),
        request.srcDbName(), request.srcSchemaName(), request.dstDbName(),
        request.dstSchemaName(), request.config(), request.eta(), false, timer, now);
    var planned = draft.plan().tasks();
    long firstTask = planned.isEmpty() ? 0 : ids.reserve(Sequence.TASK, planned.size());
    var newTasks = new ArrayList<Task>(planned.size());
    for (int i = 0; i < planned.size(); i++) {
      var p = planned.get(i);
      newTasks.add(Task.planned(new TaskId(firstTask + i), jobId, source.id(), p.table().dbId(),
          p.table().id(), p.table().dbName(), p.table().name(), request.dstDbName(),
          p.dstTableName(), source.type().name(),
          p.partitions().stream().map(Partition::id).toList(), now));
    }
    var asyncTask = async.submit(source.id(), AsyncTaskType.TASK_CREATE, progress ->
        tx.inTransaction(() -> {
          // Another job may have been stored since this one was planned: a partition must never
          // be in two live tasks, so this one gives up rather than overlap.
          var taken = overlap(draft);
          if (taken.isPresent()) {
            return Either.left(taken.get());
          }
          jobs.insert(job);
          tasks.insertAll(newTasks);
          return Either.right(new AsyncRunner.Outcome(OptionalLong.of(jobId.value()),
              "{\"jobId\":" + jobId + ",\"tasks\":" + newTasks.size() + ",\"partitions\":"
                  + draft.plan().totals().partitions() + "}"));
        }));
    return new Created(jobId, asyncTask);
  }

  /** Why the plan no longer fits next to the live tasks, if it does not. */
  private Optional<String> overlap(Draft draft) {
    var live = tasks.liveCoverage(draft.database().id());
    for (var planned : draft.plan().tasks()) {
      if (planned.partitions().isEmpty()) {
        var holder = live.tables().get(planned.table().id());
        if (holder != null) {
          return Optional.of("table " + planned.table().name() + " was taken by task " + holder
              + " after planning; create the job again");
        }
      }
      for (var p : planned.partitions()) {
        var holder = live.partitions().get(p.id());
        if (holder != null) {
          return Optional.of("partition " + p.value() + " of table " + planned.table().name()
              + " was taken by task " + holder + " after planning; create the job again");
        }
      }
    }
    return Optional.empty();
  }

  private static GroupingLimits limits(DataSource source) {
    var defaults = GroupingLimits.DEFAULT;
    var maxNum = number(source, ConfigItems.TASK_PARTITION_MAX_NUM)
        .filter(n -> n >= 1 && n <= Integer.MAX_VALUE)
        .orElse((long) defaults.maxPartitions());
    var maxSize = number(source, ConfigItems.TASK_PARTITION_MAX_SIZE)
        .filter(n -> n >= 1)
        .orElse(defaults.maxBytes());
    return new GroupingLimits(maxNum.intValue(), maxSize);
  }

  /** A numeric config value; the source's config check already refused text that is not a number. */
  private static Optional<Long> number(DataSource source, String key) {
    return source.configValue(key)
        .map(ConfigValue::asText)
        .map(text -> new BigDecimal(text.trim()).longValue());
  }
}
