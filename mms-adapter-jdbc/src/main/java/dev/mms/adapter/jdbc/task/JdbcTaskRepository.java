package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.catalog.PartitionSpecs;
import dev.mms.adapter.jdbc.sql.Batches;
import dev.mms.adapter.jdbc.sql.ColumnReader;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.Paging.SortColumn;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.application.port.out.ClaimRequest;
import dev.mms.application.port.out.LiveCoverage;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Tasks in {@code mms_task}, the partitions each covers in {@code mms_task_partition}, and the
 * per-job tallies in {@code mms_job_tally}, all written in one transaction. Updates are fenced by
 * version; claims are in {@link TaskClaims}.
 */
public final class JdbcTaskRepository implements TaskRepository {
  private static final RowMapper<Link> LINK =
      ColumnReader.mapper(in -> new Link(in.nextLong(), in.nextLong()));
  private static final String INSERT = Sql.insert("mms_task", TaskRow.COLUMNS);
  private static final String INSERT_LINK = Sql.insert("mms_task_partition", TaskPartitionRow.COLUMNS);
  private static final String UPDATE = "UPDATE mms_task SET " + Sql.assignments(TaskRow.MUTABLE)
      + " WHERE id = :id AND version = :expected";
  private static final String SELECT = "SELECT " + Sql.qualified("t", TaskRow.COLUMNS) + " FROM mms_task t";

  private final Db db;
  private final TaskClaims claims;

  public JdbcTaskRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
    this.claims = new TaskClaims(db, this);
  }

  /** A task id with one item (a partition or a table) it covers, selected in that order. */
  private record Link(long taskId, long itemId) {}

  @Override
  public void insertAll(Collection<Task> tasks) {
    if (tasks.isEmpty()) {
      return;
    }
    var byJob = new TreeMap<JobId, List<Task>>();
    tasks.forEach(t -> byJob.computeIfAbsent(t.jobId(), j -> new ArrayList<>()).add(t));
    db.useHandle(h -> byJob.forEach((job, jobTasks) -> {
      var scope = JobTallies.Scope.of(jobTasks.get(0));
      if (jobTasks.stream().anyMatch(t -> !JobTallies.Scope.of(t).equals(scope))) {
        throw new IllegalArgumentException("the tasks of job " + job
            + " name several sources or database names");
      }
      var tally = JobTallies.lock(h, job, scope);
      var state = jobState(h, job);
      var rows = new ArrayList<TaskRow>(jobTasks.size());
      var links = new ArrayList<TaskPartitionRow>();
      for (var t : jobTasks) {
        rows.add(TaskJdbcMapper.toRow(t, state));
        links.addAll(TaskJdbcMapper.partitionRows(t));
        tally = tally.plus(t.status());
      }
      Batches.execute(h, INSERT, rows, TaskRow.CODEC::bind);
      Batches.execute(h, INSERT_LINK, links, TaskPartitionRow.CODEC::bind);
      JobTallies.write(h, job, scope, tally);
    }));
  }

  /** What the job's tasks copy from it; a job not stored yet holds its tasks back. */
  private static TaskJdbcMapper.JobState jobState(Handle h, JobId job) {
    return h.createQuery("SELECT eta_day, stopped FROM mms_job WHERE id = :job")
        .bind("job", job.value())
        .map(ColumnReader.mapper(in -> {
          Long etaDay = in.nextLongOrNull();
          boolean stopped = in.nextBoolean();
          return new TaskJdbcMapper.JobState(etaDay == null ? Long.MAX_VALUE : etaDay, !stopped);
        }))
        .findOne()
        .orElse(TaskJdbcMapper.JobState.ABSENT);
  }

  @Override
  public Either<DomainError, Task> update(Task next, long base) {
    TaskRepository.requireBase(next, base);
    return db.withHandle(h -> {
      var before = h.createQuery("SELECT status FROM mms_task WHERE id = :id AND version = :expected")
          .bind("id", next.id().value())
          .bind("expected", base)
          .mapTo(String.class)
          .findOne();
      if (before.isEmpty()) {
        return Either.<DomainError, Task>left(conflict(h, next, base));
      }
      var old = TaskStatus.valueOf(before.get());
      // Most writes move a task between statuses its job's tally counts alike: those leave the
      // tally row unlocked, so the job's other tasks are not queued behind them. The status read
      // above cannot go stale unseen, since the update below is fenced by the same version.
      boolean recounts = !TaskTally.countsAlike(old, next.status());
      var tally = recounts ? JobTallies.lockIfPresent(h, next.jobId()) : Optional.<TaskTally>empty();
      int changed = TaskRow.CODEC
          .bind(h.createUpdate(UPDATE), TaskJdbcMapper.toRow(next, TaskJdbcMapper.JobState.ABSENT))
          .bind("expected", base)
          .execute();
      if (changed == 0) {
        return Either.<DomainError, Task>left(conflict(h, next, base));
      }
      if (recounts) {
        // A tally that cannot lose the old status no longer matches the tasks: count afresh.
        JobTallies.write(h, next.jobId(), JobTallies.Scope.of(next), tally
            .filter(t -> JobTallies.canRemove(t, old))
            .map(t -> t.minus(old).plus(next.status()))
            .orElseGet(() -> JobTallies.recount(h, next.jobId())));
      }
      return Either.<DomainError, Task>right(next);
    });
  }

  private static Conflict conflict(Handle h, Task next, long base) {
    var stored = h.createQuery("SELECT version FROM mms_task WHERE id = :id")
        .bind("id", next.id().value())
        .mapTo(Long.class)
        .findOne();
    return new Conflict(stored
        .map(v -> "task " + next.id() + " was changed by someone else (version " + v
            + ", expected " + base + ")")
        .orElse("task " + next.id() + " does not exist any more"));
  }

  @Override
  public Option<Task> findById(SourceId sourceId, TaskId id) {
    return db.withHandle(h -> Option.ofOptional(
        h.createQuery(SELECT + " WHERE t.id = :id AND t.source_id = :source")
            .bind("id", id.value())
            .bind("source", sourceId.value())
            .map(TaskRow.CODEC)
            .findOne()
            .map(r -> TaskJdbcMapper.toDomain(r, partitionsOf(h, List.of(r)).getOrDefault(r.id(), List.of())))));
  }

  @Override
  public Option<Long> versionOf(SourceId sourceId, TaskId id) {
    return db.read(h -> Option.ofOptional(
        h.createQuery("SELECT version FROM mms_task WHERE id = :id AND source_id = :source")
            .bind("id", id.value())
            .bind("source", sourceId.value())
            .mapTo(Long.class)
            .findOne()));
  }

  @Override
  public List<Task> findByJob(JobId jobId) {
    return db.withHandle(h -> {
      var rows = h.createQuery(SELECT + " WHERE t.job_id = :job ORDER BY t.id")
          .bind("job", jobId.value())
          .map(TaskRow.CODEC)
          .list();
      var partitions = new HashMap<Long, List<PartitionId>>();
      h.createQuery("SELECT tp.task_id, tp.partition_id AS item_id FROM mms_task_partition tp"
              + " JOIN mms_task t ON t.id = tp.task_id WHERE t.job_id = :job"
              + " ORDER BY tp.task_id, tp.seq_no")
          .bind("job", jobId.value())
          .map(LINK)
          .forEach(l -> partitions.computeIfAbsent(l.taskId(), k -> new ArrayList<>())
              .add(new PartitionId(l.itemId())));
      return rows.stream()
          .map(r -> TaskJdbcMapper.toDomain(r, partitions.getOrDefault(r.id(), List.of())))
          .toList();
    });
  }

  @Override
  public Page<Task> find(TaskQuery q) {
    var c = new Criteria()
        .where("t.source_id = :source", "source", q.sourceId().value())
        .whereIf(q.jobId().map(JobId::value), "t.job_id = :job", "job")
        .whereIf(q.srcDbName(), "t.src_db_name = :srcDb", "srcDb")
        .whereIf(q.srcTableName(), "t.src_table_name = :srcTable", "srcTable")
        .whereIf(q.dstDbName(), "t.dst_db_name = :dstDb", "dstDb")
        .whereIf(q.dstTableName(), "t.dst_table_name = :dstTable", "dstTable")
        .whereIf(q.status().map(Enum::ordinal), "t.status_rank = :status", "status");
    // The subqueries take the source as a parameter, not from t: correlated, PostgreSQL ran them
    // once per task of the source (minutes over a million tasks, issue #7).
    whereJobNamed(c, "t.job_id", q.jobName());
    q.partition().ifPresent(spec -> c.where("t.id IN (SELECT tp.task_id FROM mms_task_partition tp"
            + " JOIN mms_partition p ON p.id = tp.partition_id WHERE p.source_id = :source"
            + " AND p.spec_hash = :specHash AND p.spec = :spec)", "spec", spec.render())
        .with("specHash", PartitionSpecs.hash(spec)));
    var orderBy = Paging.orderBy(q.sorts(), f -> switch (f) {
      case START_TIME -> new SortColumn("t.start_time", Optional.of("t.start_unknown"));
      case STATUS -> new SortColumn("t.status_rank", false);
    }, "t.id");
    return db.withHandle(h -> {
      long total = TalliedTotal.of(h, q).orElseGet(() -> Paging.count(h, "mms_task t", c));
      var page = Paging.page(h, total, Sql.qualified("t", TaskRow.COLUMNS), "mms_task t", c,
          orderBy, q.page(), TaskRow.CODEC, r -> r);
      var partitions = partitionsOf(h, page.items());
      return page.map(r -> TaskJdbcMapper.toDomain(r, partitions.getOrDefault(r.id(), List.of())));
    });
  }

  /**
   * Keeps the rows whose job ({@code jobIdColumn}) is one of the source's ({@code :source}) with a
   * name containing {@code name}, in any case.
   */
  static Criteria whereJobNamed(Criteria c, String jobIdColumn, Optional<String> name) {
    return name.map(n -> c.where(jobIdColumn + " IN (SELECT j.id FROM mms_job j"
        + " WHERE j.source_id = :source AND LOWER(j.name) LIKE :jobName ESCAPE '!')",
        "jobName", Criteria.containsPattern(n))).orElse(c);
  }

  /** The partitions of each task, in the order the task lists them. */
  Map<Long, List<PartitionId>> partitionsOf(Handle h, List<TaskRow> rows) {
    var out = new HashMap<Long, List<PartitionId>>();
    var ids = rows.stream().filter(r -> r.partitionCount() > 0).map(TaskRow::id).toList();
    for (var chunk : Batches.chunks(ids)) {
      var c = new Criteria().whereIn("task_id", chunk);
      c.bind(h.createQuery("SELECT task_id, partition_id AS item_id FROM mms_task_partition"
                  + c.sql() + " ORDER BY task_id, seq_no"))
          .map(LINK)
          .forEach(l -> out.computeIfAbsent(l.taskId(), k -> new ArrayList<>())
              .add(new PartitionId(l.itemId())));
    }
    return out;
  }

  @Override
  public List<Task> claim(ClaimRequest request) {
    return claims.claim(request);
  }

  @Override
  public LiveCoverage liveCoverage(DatabaseId dbId) {
    return db.withHandle(h -> {
      var partitions = new HashMap<PartitionId, TaskId>();
      h.createQuery("SELECT t.id AS task_id, tp.partition_id AS item_id FROM mms_task t"
              + " JOIN mms_task_partition tp ON tp.task_id = t.id"
              + " WHERE t.db_id = :db AND t.finished = FALSE")
          .bind("db", dbId.value())
          .map(LINK)
          .forEach(l -> partitions.merge(new PartitionId(l.itemId()), new TaskId(l.taskId()),
              JdbcTaskRepository::lower));
      var tables = new HashMap<TableId, TaskId>();
      h.createQuery("SELECT t.id AS task_id, t.table_id AS item_id FROM mms_task t"
              + " WHERE t.db_id = :db AND t.finished = FALSE AND t.partition_count = 0")
          .bind("db", dbId.value())
          .map(LINK)
          .forEach(l -> tables.merge(new TableId(l.itemId()), new TaskId(l.taskId()),
              JdbcTaskRepository::lower));
      return new LiveCoverage(partitions, tables);
    });
  }

  private static TaskId lower(TaskId a, TaskId b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public Map<JobId, TaskTally> tallies(Collection<JobId> jobIds) {
    var out = new LinkedHashMap<JobId, TaskTally>();
    jobIds.forEach(j -> out.put(j, TaskTally.EMPTY));
    db.useHandle(h -> {
      for (var chunk : Batches.chunks(jobIds.stream().map(JobId::value).distinct().toList())) {
        out.putAll(JobTallies.find(h, chunk));
      }
    });
    return out;
  }

  @Override
  public int setStoppedByJob(JobId jobId, boolean stopped) {
    return db.withHandle(h -> {
      JobTallies.lockIfPresent(h, jobId);
      var sql = stopped
          ? "UPDATE mms_task SET stopped = TRUE, lease_owner = NULL, lease_expires = NULL,"
              + " version = version + 1 WHERE job_id = :job AND stopped = FALSE"
          : "UPDATE mms_task SET stopped = FALSE, version = version + 1"
              + " WHERE job_id = :job AND stopped = TRUE";
      return h.createUpdate(sql).bind("job", jobId.value()).execute();
    });
  }

  @Override
  public void deleteByJob(JobId jobId) {
    db.useHandle(h -> {
      var tally = JobTallies.lockIfPresent(h, jobId);
      h.createUpdate("DELETE FROM mms_task_partition WHERE task_id IN"
              + " (SELECT id FROM mms_task WHERE job_id = :job)")
          .bind("job", jobId.value()).execute();
      h.createUpdate("DELETE FROM mms_task WHERE job_id = :job").bind("job", jobId.value()).execute();
      if (tally.isPresent()) {
        JobTallies.zero(h, jobId);
      }
    });
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> {
      JobTallies.lockBySource(h, sourceId);
      h.createUpdate("DELETE FROM mms_task_partition WHERE task_id IN"
              + " (SELECT id FROM mms_task WHERE source_id = :source)")
          .bind("source", sourceId.value()).execute();
      h.createUpdate("DELETE FROM mms_task WHERE source_id = :source")
          .bind("source", sourceId.value()).execute();
      JobTallies.zeroBySource(h, sourceId);
    });
  }
}
