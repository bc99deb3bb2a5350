package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.RowCodec;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The {@code mms_job_tally} rows: the counts a job's status derives from. A tally's row is also
 * the job's lock: every write that changes a job's counts locks it first (so writers of one job
 * queue there instead of deadlocking on its task rows), and writes the new counts in the same
 * transaction. A write of one task that leaves the counts alike takes no lock but its task row's.
 */
public final class JobTallies {
  private static final String INSERT = Sql.insert("mms_job_tally", TallyRow.COLUMNS);
  private static final String UPDATE = "UPDATE mms_job_tally SET total = :total, init = :init,"
      + " done = :done, failed = :failed, status = :status, status_rank = :statusRank"
      + " WHERE job_id = :jobId";

  private JobTallies() {}

  /**
   * What a job and all its tasks share, and its tally counts them under: the source, and the
   * source and destination databases (the planner copies both names from the job).
   */
  public record Scope(SourceId source, String srcDbName, String dstDbName) {
    public Scope {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(srcDbName, "srcDbName");
      Objects.requireNonNull(dstDbName, "dstDbName");
    }

    public static Scope of(Job job) {
      return new Scope(job.sourceId(), job.srcDbName().value(), job.dstDbName());
    }

    public static Scope of(Task task) {
      return new Scope(task.sourceId(), task.srcDbName().value(), task.dstDbName());
    }
  }

  /** A row of {@code mms_job_tally}. */
  private record TallyRow(long jobId, long sourceId, String srcDbName, String dstDbName, long total,
                          long init, long done, long failed, String status, int statusRank) {
    static final String COLUMNS = "job_id, source_id, src_db_name, dst_db_name, total, init, done,"
        + " failed, status, status_rank";
    static final RowCodec<TallyRow> CODEC = RowCodec.of(TallyRow.class, COLUMNS,
        in -> new TallyRow(in.nextLong(), in.nextLong(), in.nextString(), in.nextString(),
            in.nextLong(), in.nextLong(), in.nextLong(), in.nextLong(), in.nextString(), in.nextInt()),
        (r, out) -> out.add(r.jobId).add(r.sourceId).add(r.srcDbName).add(r.dstDbName).add(r.total)
            .add(r.init).add(r.done).add(r.failed).add(r.status).add(r.statusRank));

    Scope scope() {
      return new Scope(new SourceId(sourceId), srcDbName, dstDbName);
    }

    TaskTally tally() {
      return new TaskTally(total, init, done, failed);
    }
  }

  /**
   * Locks the job's tally, creating an empty one first when the job has none. A job and its tasks
   * are of one scope, the one its tally counts them under, so that the tallies of a source, or of
   * a database name, count its tasks: another is a caller's bug, refused.
   */
  public static TaskTally lock(Handle h, JobId job, Scope scope) {
    return lockRow(h, job).map(row -> {
      if (!row.scope().equals(scope)) {
        throw new IllegalArgumentException("job " + job + " is of " + row.scope() + ", not "
            + scope);
      }
      return row.tally();
    }).orElseGet(() -> {
      insert(h, row(job.value(), scope, TaskTally.EMPTY));
      return TaskTally.EMPTY;
    });
  }

  private static void insert(Handle h, TallyRow row) {
    TallyRow.CODEC.bind(h.createUpdate(INSERT), row).execute();
  }

  /** Locks the job's tally if it has one. */
  public static Optional<TaskTally> lockIfPresent(Handle h, JobId job) {
    return lockRow(h, job).map(TallyRow::tally);
  }

  private static Optional<TallyRow> lockRow(Handle h, JobId job) {
    return h.createQuery("SELECT " + TallyRow.COLUMNS
            + " FROM mms_job_tally WHERE job_id = :job FOR UPDATE")
        .bind("job", job.value())
        .map(TallyRow.CODEC)
        .findOne();
  }

  /** Stores the job's new tally (creating its row, under {@code scope}, if it has none). */
  static void write(Handle h, JobId job, Scope scope, TaskTally tally) {
    var row = row(job.value(), scope, tally);
    int changed = TallyRow.CODEC.bind(h.createUpdate(UPDATE), row).execute();
    if (changed == 0) {
      insert(h, row);
    }
  }

  static void zero(Handle h, JobId job) {
    h.createUpdate("UPDATE mms_job_tally SET total = 0, init = 0, done = 0, failed = 0,"
            + " status = :status, status_rank = :rank WHERE job_id = :job")
        .bind("status", TaskTally.EMPTY.status().name())
        .bind("rank", TaskTally.EMPTY.status().ordinal())
        .bind("job", job.value())
        .execute();
  }

  /** The stored tallies of the jobs among {@code jobIds}. */
  static Map<JobId, TaskTally> find(Handle h, List<Long> jobIds) {
    var c = new Criteria().whereIn("job_id", jobIds);
    var out = new HashMap<JobId, TaskTally>();
    c.bind(h.createQuery("SELECT " + TallyRow.COLUMNS + " FROM mms_job_tally" + c.sql()))
        .map(TallyRow.CODEC)
        .forEach(r -> out.put(new JobId(r.jobId()), r.tally()));
    return out;
  }

  /** Locks the tallies of every job of the source, in job order, before writing many of its tasks. */
  public static void lockBySource(Handle h, SourceId source) {
    h.createQuery("SELECT job_id FROM mms_job_tally WHERE source_id = :source ORDER BY job_id FOR UPDATE")
        .bind("source", source.value())
        .mapTo(Long.class)
        .list();
  }

  /** Whether {@code status} can be taken off {@code tally} without a count going negative. */
  static boolean canRemove(TaskTally tally, TaskStatus status) {
    return tally.total() > 0
        && (status != TaskStatus.INIT || tally.init() > 0)
        && (!status.done() || tally.done() > 0)
        && (!status.failed() || tally.failed() > 0);
  }

  /** Counts the job's tasks afresh: for a tally that no longer matches them. */
  static TaskTally recount(Handle h, JobId job) {
    return TaskTally.of(h.createQuery("SELECT status FROM mms_task WHERE job_id = :job")
        .bind("job", job.value())
        .mapTo(String.class)
        .map(TaskStatus::valueOf)
        .list());
  }

  /**
   * Deletes the job's tally, unless tasks of the job are still stored: then it stays and goes on
   * counting them, so that every stored task is counted in its job's tally.
   */
  public static void delete(Handle h, JobId job) {
    h.createUpdate("DELETE FROM mms_job_tally WHERE job_id = :job AND total = 0")
        .bind("job", job.value()).execute();
  }

  /** Deletes the tallies of the source's jobs, except those that still count tasks. */
  public static void deleteBySource(Handle h, SourceId source) {
    h.createUpdate("DELETE FROM mms_job_tally WHERE source_id = :source AND total = 0")
        .bind("source", source.value()).execute();
  }

  static void zeroBySource(Handle h, SourceId source) {
    h.createUpdate("UPDATE mms_job_tally SET total = 0, init = 0, done = 0, failed = 0,"
            + " status = :status, status_rank = :rank WHERE source_id = :source")
        .bind("status", TaskTally.EMPTY.status().name())
        .bind("rank", TaskTally.EMPTY.status().ordinal())
        .bind("source", source.value())
        .execute();
  }

  private static TallyRow row(long job, Scope scope, TaskTally t) {
    return new TallyRow(job, scope.source().value(), scope.srcDbName(), scope.dstDbName(), t.total(), t.init(), t.done(), t.failed(), t.status().name(),
        t.status().ordinal());
  }
}
