package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.job.JobId;
import dev.mms.domain.task.TaskStatus;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The total of a ListMmsTasks answer read from the job tallies instead of counting the tasks, for
 * the filters a tally counts exactly: any of the job, the job's name, the source and destination
 * database names, and the status INIT or DONE. Counting a million matching tasks takes 150-400 ms;
 * summing the tallies reads one row per job (issue #7).
 *
 * <p>Exact because each task is counted in exactly one tally, its job's, under its own source:
 * every write that changes a job's counts changes its tally in the same transaction, after
 * locking it ({@link JobTallies}); a tally goes only once it counts no task; and a job's tasks all
 * have the source and database names of its tally ({@link JobTallies#lock} refuses others), so a
 * database name matches all of a job's tasks or none. A job's name picks the same stored jobs for
 * tallies as for tasks, and the tasks of a deleted job (whose tally stays while they do) match no
 * name either way. A tally counts INIT tasks and DONE ones (the only done status) apiece, but its
 * failed count spans three statuses, so a list of one failed status still counts its tasks.
 */
final class TalliedTotal {
  private TalliedTotal() {}

  /** The total of {@code q}'s matches, when the tallies answer it. */
  static Optional<Long> of(Handle h, TaskQuery q) {
    if (q.srcTableName().isPresent() || q.dstTableName().isPresent() || q.partition().isPresent()) {
      return Optional.empty();
    }
    return q.status().map(TalliedTotal::column).orElse(Optional.of("total")).map(column -> {
      var c = JdbcTaskRepository.whereJobNamed(new Criteria()
          .where("source_id = :source", "source", q.sourceId().value())
          .whereIf(q.jobId().map(JobId::value), "job_id = :job", "job")
          .whereIf(q.srcDbName(), "src_db_name = :srcDb", "srcDb")
          .whereIf(q.dstDbName(), "dst_db_name = :dstDb", "dstDb"), "job_id", q.jobName());
      return c.bind(h.createQuery("SELECT COALESCE(SUM(" + column + "), 0) FROM mms_job_tally"
              + c.sql()))
          .mapTo(Long.class)
          .one();
    });
  }

  /** The tally column that counts exactly the tasks in {@code status}, if one does. */
  private static Optional<String> column(TaskStatus status) {
    if (status == TaskStatus.INIT) {
      return Optional.of("init");
    }
    if (status == TaskStatus.DONE) {
      return Optional.of("done");
    }
    return Optional.empty();
  }
}
