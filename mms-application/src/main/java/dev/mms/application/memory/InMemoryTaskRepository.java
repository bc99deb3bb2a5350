package dev.mms.application.memory;

import dev.mms.application.port.out.ClaimRequest;
import dev.mms.application.port.out.LiveCoverage;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.Sort;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tasks in memory. A claim looks only at the tasks that may run (an index kept by every write)
 * and at the leases held, so it stays cheap however many tasks are DONE.
 */
public final class InMemoryTaskRepository implements TaskRepository {
  private final Guard guard;
  private final TaskTable tasks;
  private final InMemoryJobRepository jobs;
  private final InMemoryPartitionRepository partitions;

  InMemoryTaskRepository(
      Guard guard, TaskTable tasks, InMemoryJobRepository jobs, InMemoryPartitionRepository partitions) {
    this.guard = guard;
    this.tasks = tasks;
    this.jobs = jobs;
    this.partitions = partitions;
  }

  @Override
  public void insertAll(Collection<Task> batch) {
    guard.write(() -> tasks.rows.insertAll(batch));
  }

  @Override
  public Either<DomainError, Task> update(Task next, long base) {
    TaskRepository.requireBase(next, base);
    return guard.write(() -> {
      var stored = tasks.rows.get(next.id());
      if (stored.isEmpty()) {
        return Either.left(new Conflict("task " + next.id() + " no longer exists"));
      }
      if (stored.get().version() != base) {
        return Either.left(new Conflict("task " + next.id() + " was changed meanwhile (version "
            + stored.get().version() + ", write based on " + base + ")"));
      }
      tasks.rows.put(next);
      return Either.right(next);
    });
  }

  @Override
  public Option<Task> findById(SourceId sourceId, TaskId id) {
    return guard.read(() -> Option.ofOptional(tasks.rows.get(id).filter(t -> t.sourceId().equals(sourceId))));
  }

  @Override
  public Option<Long> versionOf(SourceId sourceId, TaskId id) {
    return findById(sourceId, id).map(Task::version);
  }

  @Override
  public List<Task> findByJob(JobId jobId) {
    return guard.read(() -> List.copyOf(tasks.byJob.get(jobId)));
  }

  @Override
  public Page<Task> find(TaskQuery query) {
    return guard.read(() -> {
      Optional<Set<PartitionId>> covering = query.partition()
          .map(spec -> partitions.idsWithValue(query.sourceId(), spec));
      return Listing.page(
          query.jobId().map(tasks.byJob::get).orElseGet(() -> tasks.bySource.get(query.sourceId())).stream()
              .filter(t -> t.sourceId().equals(query.sourceId()))
              .filter(t -> Listing.exact(query.jobId(), t.jobId()))
              .filter(t -> query.jobName().isEmpty() || jobs.job(t.jobId())
                  .filter(j -> Listing.nameMatches(query.jobName(), j.name().value())).isPresent())
              .filter(t -> Listing.exact(query.srcDbName(), t.srcDbName().value()))
              .filter(t -> Listing.exact(query.srcTableName(), t.srcTableName().value()))
              .filter(t -> Listing.exact(query.dstDbName(), t.dstDbName()))
              .filter(t -> Listing.exact(query.dstTableName(), t.dstTableName()))
              .filter(t -> Listing.exact(query.status(), t.status()))
              .filter(t -> covering.map(ids -> t.partitions().stream().anyMatch(ids::contains)).orElse(true)),
          Listing.order(query.sorts(), InMemoryTaskRepository::byField, Comparator.comparing(Task::id)),
          query.page());
    });
  }

  @Override
  public List<Task> claim(ClaimRequest request) {
    return guard.write(() -> {
      var now = request.now();
      var holds = new Holds(request.perSourceLimit());
      for (var held : tasks.leased()) {
        if (held.lease().get().liveAt(now)) {
          holds.add(held);
        }
      }
      var chosen = new ArrayList<Task>();
      for (var job : jobsInClaimOrder()) {
        if (chosen.size() == request.max()) {
          break;
        }
        // A job's tasks share its source: once that is full, none of them can be taken.
        if (!holds.sourceOpen(job.sourceId())) {
          continue;
        }
        for (var task : tasks.claimable(job.id())) {
          if (chosen.size() == request.max()) {
            break;
          }
          if (task.runnableAt(now) && holds.allow(task)) {
            holds.add(task);
            chosen.add(task);
          }
        }
      }
      var lease = new Lease(request.owner(), request.leaseUntil());
      var claimed = new ArrayList<Task>(chosen.size());
      for (var task : chosen) {
        var next = task.claim(lease, now).get();
        tasks.rows.put(next);
        claimed.add(next);
      }
      return List.copyOf(claimed);
    });
  }

  @Override
  public LiveCoverage liveCoverage(DatabaseId dbId) {
    return guard.read(() -> {
      var partitionTasks = new HashMap<PartitionId, TaskId>();
      var tableTasks = new HashMap<TableId, TaskId>();
      for (var job : jobs.ofDatabase(dbId)) {
        for (var task : tasks.byJob.get(job.id())) {
          if (task.status().done() || !task.dbId().equals(dbId)) {
            continue;
          }
          if (task.partitions().isEmpty()) {
            tableTasks.put(task.tableId(), task.id());
          } else {
            task.partitions().forEach(p -> partitionTasks.put(p, task.id()));
          }
        }
      }
      return new LiveCoverage(partitionTasks, tableTasks);
    });
  }

  /** Every job asked for, with {@link TaskTally#EMPTY} for one without tasks. */
  @Override
  public Map<JobId, TaskTally> tallies(Collection<JobId> jobIds) {
    return guard.read(() -> {
      var tallies = new HashMap<JobId, TaskTally>();
      jobIds.forEach(id -> tallies.put(id, tasks.tally(id)));
      return Map.copyOf(tallies);
    });
  }

  @Override
  public int setStoppedByJob(JobId jobId, boolean stopped) {
    return guard.write(() -> {
      int changed = 0;
      for (var task : List.copyOf(tasks.byJob.get(jobId))) {
        if (task.stopped() != stopped) {
          tasks.rows.put(stopped ? task.stop() : task.resume());
          changed++;
        }
      }
      return changed;
    });
  }

  @Override
  public void deleteByJob(JobId jobId) {
    guard.write(() -> tasks.rows.removeAll(tasks.byJob.get(jobId)));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> tasks.rows.removeAll(tasks.bySource.get(sourceId)));
  }

  /** Jobs that exist, are not stopped and have a task that may run: eta first (none last), then id. */
  private List<Job> jobsInClaimOrder() {
    return tasks.jobsWithClaimable().stream()
        .flatMap(id -> jobs.job(id).stream())
        .filter(j -> !j.stopped())
        .sorted(Comparator.comparing((Job j) -> j.eta().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Job::id))
        .toList();
  }

  private static Comparator<Task> byField(Sort<TaskQuery.Field> sort) {
    return switch (sort.field()) {
      case START_TIME -> Listing.byKnown(Task::startTime, sort.direction());
      case STATUS -> Listing.by(Task::status, sort.direction());
    };
  }

  /** The live leases a claim must respect: per source, and per destination table. */
  private static final class Holds {
    private final int perSourceLimit;
    private final Map<SourceId, Integer> bySource = new HashMap<>();
    private final Map<Destination, Integer> byDestination = new HashMap<>();
    private final Map<Destination, Integer> ddlByDestination = new HashMap<>();

    Holds(int perSourceLimit) {
      this.perSourceLimit = perSourceLimit;
    }

    /**
     * Whether one more lease on {@code task} keeps the limits: its source below the limit, and
     * no other lease on its destination when either this task or a holder may run DDL.
     */
    boolean sourceOpen(SourceId sourceId) {
      return bySource.getOrDefault(sourceId, 0) < perSourceLimit;
    }

    boolean allow(Task task) {
      if (!sourceOpen(task.sourceId())) {
        return false;
      }
      var destination = Destination.of(task);
      int held = byDestination.getOrDefault(destination, 0);
      return held == 0 || (!runsDdl(task) && ddlByDestination.getOrDefault(destination, 0) == 0);
    }

    void add(Task task) {
      bySource.merge(task.sourceId(), 1, Integer::sum);
      var destination = Destination.of(task);
      byDestination.merge(destination, 1, Integer::sum);
      if (runsDdl(task)) {
        ddlByDestination.merge(destination, 1, Integer::sum);
      }
    }

    private static boolean runsDdl(Task task) {
      var s = task.status();
      return s == TaskStatus.INIT || s == TaskStatus.SCHEMA_DOING || s == TaskStatus.SCHEMA_DONE
          || s == TaskStatus.SCHEMA_FAILED;
    }
  }

  private record Destination(String db, String table) {
    static Destination of(Task task) {
      return new Destination(task.dstDbName(), task.dstTableName());
    }
  }
}
