package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.RowCodec;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.ClaimRequest;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Leasing runnable tasks to a worker, safely across processes sharing the database.
 *
 * <p>One claim at a time: each claim first locks the single row of {@code mms_claim_lock}. The
 * per-source limit and the exclusivity of DDL on a destination table depend on leases other
 * claimers may be granting at that moment, which no row lock on the candidates can cover; the
 * claim lock makes those counts exact. A claim is a few short statements, so claimers queue only
 * briefly. Candidates are read in claim order (job eta, none last; job id; task id) with {@code FOR
 * UPDATE SKIP LOCKED} where the database has it, so a claim never waits on a task a worker is
 * writing; each lease is then written as a compare-and-set on the version read, which alone keeps
 * H2 (no SKIP LOCKED) safe as well.
 *
 * <p>A claim in a transaction of its own commits without waiting for the log flush where the
 * database allows that, since the claim lock is held until the commit returns. A lease is acted on
 * only after the worker's next write, which is fenced on the version the claim wrote and commits
 * with a flush, the claim's log records included. A crash before that loses the claim together
 * with everything after it, and the worker's write is refused.
 */
final class TaskClaims {
  private static final List<String> FAILED = Stream.of(TaskStatus.values())
      .filter(TaskStatus::failed).map(Enum::name).toList();
  private static final int MAX_EXCLUDED = 100;
  private static final List<String> DDL = TaskJdbcMapper.DDL_STATES.stream().map(Enum::name).toList();

  private final Db db;
  private final JdbcTaskRepository tasks;

  TaskClaims(Db db, JdbcTaskRepository tasks) {
    this.db = db;
    this.tasks = tasks;
  }

  /** A live lease as the claim rules see it. */
  private record LiveLease(long sourceId, String dstKey, String status) {
    static final String COLUMNS = "source_id, dst_key, status";
    static final RowCodec<LiveLease> CODEC = RowCodec.readOnly(LiveLease.class, COLUMNS,
        in -> new LiveLease(in.nextLong(), in.nextString(), in.nextString()));
  }

  List<Task> claim(ClaimRequest request) {
    return db.withHandleWithoutFlushWait(h -> {
      h.createQuery("SELECT id FROM mms_claim_lock WHERE id = 1 FOR UPDATE").mapTo(Integer.class).one();
      var state = new LeaseState(request.perSourceLimit());
      // The upper bound excludes nothing. Without statistics (a freshly filled table, or
      // autovacuum off) PostgreSQL guesses a third of the rows for "lease_expires > :now" and
      // scans the whole table under the claim lock; for a closed range it guesses 0.5% and reads
      // the lease index, where the live leases are the few entries above :now.
      h.createQuery("SELECT " + LiveLease.COLUMNS + " FROM mms_task"
              + " WHERE lease_expires > :now AND lease_expires <= :never")
          .bind("now", Times.nanos(request.now()))
          .bind("never", Long.MAX_VALUE)
          .map(LiveLease.CODEC)
          .forEach(state::add);
      var claimed = new ArrayList<Task>();
      // FOR UPDATE locks every row a page returns, and locking a row writes it: pages stay small,
      // since the query already leaves out nearly everything admits() would refuse.
      int pageSize = 2 * request.max();
      TaskRow last = null;
      while (claimed.size() < request.max()) {
        var page = candidates(h, request, state, last, pageSize);
        for (var row : page) {
          if (claimed.size() == request.max()) {
            break;
          }
          if (state.admits(row.sourceId(), row.dstKey(), row.status())) {
            lease(h, row, request).ifPresent(task -> {
              claimed.add(task);
              state.add(new LiveLease(row.sourceId(), row.dstKey(), row.status()));
            });
          }
        }
        if (page.size() < pageSize) {
          break;
        }
        last = page.get(page.size() - 1);
      }
      return List.copyOf(claimed);
    });
  }

  private List<TaskRow> candidates(
      Handle h, ClaimRequest request, LeaseState state, TaskRow after, int pageSize) {
    var c = new Criteria()
        .where("job_active = TRUE")
        .where("stopped = FALSE")
        .where("finished = FALSE")
        .where("(lease_expires IS NULL OR lease_expires <= :now)", "now", Times.nanos(request.now()));
    c.where("(status NOT IN (" + c.expand(FAILED) + ") OR next_attempt_at <= :now)");
    // The exclusions only narrow the scan (admits() decides), so long lists, which some databases
    // check row by row, are left to admits() and the keyset paging.
    if (state.saturatedSources().size() <= MAX_EXCLUDED) {
      c.whereNotIn("source_id", state.saturatedSources());
    }
    if (state.ddlTables().size() <= MAX_EXCLUDED) {
      c.whereNotIn("dst_key", state.ddlTables());
    }
    if (!state.leasedTables().isEmpty() && state.leasedTables().size() <= MAX_EXCLUDED) {
      c.where("(status NOT IN (" + c.expand(DDL) + ") OR dst_key NOT IN ("
          + c.expand(state.leasedTables()) + "))");
    }
    if (after != null) {
      c.where("(eta_order > :afterEta OR (eta_order = :afterEta AND (job_id > :afterJob"
              + " OR (job_id = :afterJob AND id > :afterId))))", "afterEta", after.etaOrder())
          .with("afterJob", after.jobId())
          .with("afterId", after.id());
    }
    var sql = "SELECT " + TaskRow.COLUMNS + " FROM mms_task" + c.sql()
        + " ORDER BY eta_order, job_id, id LIMIT " + pageSize
        + (db.dialect().skipsLockedRows() ? " FOR UPDATE SKIP LOCKED" : "");
    return c.bind(h.createQuery(sql)).map(TaskRow.CODEC).list();
  }

  private Optional<Task> lease(Handle h, TaskRow row, ClaimRequest request) {
    var partitions = tasks.partitionsOf(h, List.of(row)).getOrDefault(row.id(), List.of());
    var leased = TaskJdbcMapper.toDomain(row, partitions)
        .claim(new Lease(request.owner(), request.leaseUntil()), request.now());
    if (leased.isLeft()) {
      return Optional.empty();
    }
    int changed = h.createUpdate("UPDATE mms_task SET lease_owner = :owner, lease_expires = :until,"
            + " version = :version WHERE id = :id AND version = :expected")
        .bind("owner", request.owner())
        .bind("until", Times.nanos(request.leaseUntil()))
        .bind("version", leased.get().version())
        .bind("id", row.id())
        .bind("expected", row.version())
        .execute();
    return changed == 0 ? Optional.empty() : Optional.of(leased.get());
  }

  /** The live leases a claim must respect, updated as it grants new ones. */
  private static final class LeaseState {
    private final int perSourceLimit;
    private final Map<Long, Integer> perSource = new HashMap<>();
    private final Set<String> leasedTables = new HashSet<>();
    private final Set<String> ddlTables = new HashSet<>();

    LeaseState(int perSourceLimit) {
      this.perSourceLimit = perSourceLimit;
    }

    void add(LiveLease lease) {
      perSource.merge(lease.sourceId(), 1, Integer::sum);
      leasedTables.add(lease.dstKey());
      if (TaskJdbcMapper.ddl(lease.status())) {
        ddlTables.add(lease.dstKey());
      }
    }

    boolean admits(long sourceId, String dstKey, String status) {
      return perSource.getOrDefault(sourceId, 0) < perSourceLimit
          && !ddlTables.contains(dstKey)
          && !(TaskJdbcMapper.ddl(status) && leasedTables.contains(dstKey));
    }

    List<Long> saturatedSources() {
      return perSource.entrySet().stream().filter(e -> e.getValue() >= perSourceLimit)
          .map(Map.Entry::getKey).toList();
    }

    Set<String> ddlTables() {
      return ddlTables;
    }

    Set<String> leasedTables() {
      return leasedTables;
    }
  }
}
