package dev.mms.benchmarks.controlplane;

import static dev.mms.benchmarks.postgres.LocalPostgres.execute;
import static dev.mms.benchmarks.postgres.LocalPostgres.queryLong;

import dev.mms.benchmarks.postgres.LocalPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Creates a job through CreateMmsJob on the PostgreSQL store and times its two halves: planning
 * (reading the catalog, planning) and storing the job with its tasks and task-partition links in
 * one transaction. Then copies the same task and link rows with {@code COPY FROM STDIN} into
 * tables made {@code LIKE} the store's (same columns, keys and indexes), in one transaction too.
 */
final class JobCreation {
  /** What a job creation cost, next to COPY of the rows it stored. */
  record Result(long jobId, long tasks, long links, double planSeconds, double storeSeconds,
      double copySeconds) {
    String report(String label) {
      return String.format(Locale.ROOT, "%s: job %d, %,d tasks + %,d task-partition links%n"
              + "  plan (catalog read + Planner)   %7.2f s%n"
              + "  store (one transaction)          %7.2f s  %,10.0f rows/s%n"
              + "  COPY FROM of the same rows       %7.2f s  %,10.0f rows/s%n"
              + "  store / COPY                     %7.2f x  (target <= 3)",
          label, jobId, tasks, links, planSeconds, storeSeconds, (tasks + links) / storeSeconds,
          copySeconds, (tasks + links) / copySeconds, storeSeconds / copySeconds);
    }
  }

  private final Mms mms;
  private final LocalPostgres postgres;
  private final String storeUrl;

  JobCreation(Mms mms, LocalPostgres postgres, String storeUrl) {
    this.mms = mms;
    this.postgres = postgres;
    this.storeUrl = storeUrl;
  }

  Result create(long sourceId, String name, Map<String, String> filters) throws SQLException {
    try (var c = postgres.connect(storeUrl)) {
      execute(c, "CHECKPOINT");
    }
    long t0 = System.nanoTime();
    var asyncTask = mms.createJob(sourceId, name, filters);
    long t1 = System.nanoTime();
    var done = mms.await(sourceId, asyncTask, "store job " + name);
    long t2 = System.nanoTime();
    long jobId = done.objectId().orElseThrow();
    long tasks;
    long links;
    try (var c = postgres.connect(storeUrl)) {
      tasks = queryLong(c, "SELECT count(*) FROM mms_task WHERE job_id = " + jobId);
      links = queryLong(c, "SELECT count(*) FROM mms_task_partition tp JOIN mms_task t"
          + " ON t.id = tp.task_id WHERE t.job_id = " + jobId);
    }
    return new Result(jobId, tasks, links, seconds(t1 - t0), seconds(t2 - t1), copy(jobId, 2));
  }

  /** The best of {@code runs} copies of the job's rows into empty look-alike tables. */
  private double copy(long jobId, int runs) throws SQLException {
    try (var c = postgres.connect(storeUrl)) {
      var copier = c.unwrap(PGConnection.class).getCopyAPI();
      execute(c, "DROP TABLE IF EXISTS bench_task, bench_task_partition",
          "CREATE TABLE bench_task (LIKE mms_task INCLUDING ALL)",
          "CREATE TABLE bench_task_partition (LIKE mms_task_partition INCLUDING ALL)");
      var tasks = new ByteArrayOutputStream();
      var links = new ByteArrayOutputStream();
      try {
        copier.copyOut("COPY (SELECT * FROM mms_task WHERE job_id = " + jobId + ") TO STDOUT",
            tasks);
        copier.copyOut("COPY (SELECT tp.* FROM mms_task_partition tp JOIN mms_task t"
            + " ON t.id = tp.task_id WHERE t.job_id = " + jobId + ") TO STDOUT", links);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
          execute(c, "TRUNCATE bench_task, bench_task_partition", "CHECKPOINT");
          c.setAutoCommit(false);
          long t0 = System.nanoTime();
          copier.copyIn("COPY bench_task FROM STDIN",
              new ByteArrayInputStream(tasks.toByteArray()));
          copier.copyIn("COPY bench_task_partition FROM STDIN",
              new ByteArrayInputStream(links.toByteArray()));
          c.commit();
          best = Math.min(best, seconds(System.nanoTime() - t0));
          c.setAutoCommit(true);
        }
        return best;
      } catch (java.io.IOException e) {
        throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
      } finally {
        c.setAutoCommit(true);
        execute(c, "DROP TABLE IF EXISTS bench_task, bench_task_partition");
      }
    }
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
