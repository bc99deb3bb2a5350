package dev.mms.adapter.jdbc.job;

import dev.mms.adapter.jdbc.job.JobJdbcMapper.Tallied;
import dev.mms.adapter.jdbc.json.JsonCodec;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.Paging.SortColumn;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.task.JobTallies;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.query.JobQuery;
import dev.mms.application.port.query.Page;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Jobs in {@code mms_job}, read with their tally from {@code mms_job_tally} so that ListMmsJobs
 * filters and sorts by the derived status with an index and without reading tasks.
 */
public final class JdbcJobRepository implements JobRepository {
  private static final String INSERT = Sql.insert("mms_job", JobRow.COLUMNS + ", config, config_key");
  private static final String UPDATE = Sql.updateById("mms_job", JobRow.COLUMNS);
  private static final String SELECT_SUMMARY =
      "SELECT " + JobJdbcMapper.SUMMARY_COLUMNS + " FROM " + JobJdbcMapper.SUMMARY_FROM;

  private final Db db;
  private final JobConfigs configs = new JobConfigs();

  public JdbcJobRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void insert(Job job) {
    db.useHandle(h -> {
      JobTallies.lock(h, job.id(), JobTallies.Scope.of(job));
      JobRow.CODEC.bind(h.createUpdate(INSERT), JobJdbcMapper.toRow(job))
          .bind("config", JsonCodec.jobConfig(job.config()))
          .bind("configKey", JobConfigs.newKey())
          .execute();
      alignTasks(h, job);
    });
  }

  @Override
  public void update(Job job) {
    db.useHandle(h -> {
      JobTallies.lockIfPresent(h, job.id());
      JobRow.CODEC.bind(h.createUpdate(UPDATE), JobJdbcMapper.toRow(job)).execute();
      alignTasks(h, job);
    });
  }

  /**
   * Tasks carry their job's eta and whether it may run (exists, not stopped), so that a claim
   * reads one table in index order.
   */
  private static void alignTasks(Handle h, Job job) {
    h.createUpdate("UPDATE mms_task SET eta_order = :eta, job_active = :active"
            + " WHERE job_id = :job AND (eta_order <> :eta OR job_active <> :active)")
        .bind("eta", JobJdbcMapper.etaOrder(job))
        .bind("active", !job.stopped())
        .bind("job", job.id().value())
        .execute();
  }

  @Override
  public Option<JobSummary> findById(SourceId sourceId, JobId id) {
    return db.read(h -> Option.ofOptional(
        h.createQuery(SELECT_SUMMARY + " WHERE j.id = :id AND j.source_id = :source")
            .bind("id", id.value())
            .bind("source", sourceId.value())
            .map(JobJdbcMapper.SUMMARY)
            .findOne()
            .flatMap(found -> summaries(h, List.of(found)).stream().findFirst())));
  }

  /**
   * The jobs with their configs. A job deleted since its row was read has no config any more
   * and is left out, as a read a moment later would leave it out.
   */
  private List<JobSummary> summaries(Handle h, List<Tallied> found) {
    var byKey = configs.of(h, found.stream().map(Tallied::configKey).toList());
    return found.stream()
        .filter(t -> byKey.containsKey(t.configKey()))
        .map(t -> t.summary(byKey.get(t.configKey())))
        .toList();
  }

  @Override
  public Page<JobSummary> find(JobQuery q) {
    var c = new Criteria()
        .where("j.source_id = :source", "source", q.sourceId().value())
        .whereContains("j.name", q.name())
        .whereIf(q.srcDbName(), "j.src_db_name = :srcDb", "srcDb")
        .whereIf(q.dstDbName(), "j.dst_db_name = :dstDb", "dstDb")
        .whereIf(q.srcTableName(), "j.id IN (SELECT t.job_id FROM mms_task t"
            + " WHERE t.source_id = j.source_id AND t.src_table_name = :srcTable)", "srcTable")
        .whereIf(q.dstTableName(), "j.id IN (SELECT t.job_id FROM mms_task t"
            + " WHERE t.source_id = j.source_id AND t.dst_table_name = :dstTable)", "dstTable")
        .whereIf(q.status().map(Enum::ordinal), "jt.status_rank = :status", "status")
        .whereIf(q.stopped(), "j.stopped = :stopped", "stopped")
        .whereIf(q.timerId().map(TimerId::value), "j.timer_id = :timer", "timer");
    var orderBy = Paging.orderBy(q.sorts(), f -> switch (f) {
      case STATUS -> new SortColumn("jt.status_rank", false);
    }, "j.id");
    return db.read(h -> {
      var page = Paging.page(h, JobJdbcMapper.SUMMARY_COLUMNS, JobJdbcMapper.SUMMARY_FROM, c,
          orderBy, q.page(), JobJdbcMapper.SUMMARY, t -> t);
      return new Page<>(summaries(h, page.items()), page.total(), page.request());
    });
  }

  @Override
  public List<Job> findBySource(SourceId sourceId) {
    return db.read(h -> summaries(h, h.createQuery(SELECT_SUMMARY
            + " WHERE j.source_id = :source ORDER BY j.id")
        .bind("source", sourceId.value())
        .map(JobJdbcMapper.SUMMARY)
        .list())
        .stream()
        .map(JobSummary::job)
        .toList());
  }

  @Override
  public void delete(JobId id) {
    db.useHandle(h -> {
      JobTallies.lockIfPresent(h, id);
      h.createUpdate("UPDATE mms_task SET job_active = FALSE WHERE job_id = :id")
          .bind("id", id.value()).execute();
      h.createUpdate("DELETE FROM mms_job WHERE id = :id").bind("id", id.value()).execute();
      JobTallies.delete(h, id);
    });
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> {
      JobTallies.lockBySource(h, sourceId);
      h.createUpdate("UPDATE mms_task SET job_active = FALSE WHERE job_id IN"
              + " (SELECT id FROM mms_job WHERE source_id = :source)")
          .bind("source", sourceId.value()).execute();
      h.createUpdate("DELETE FROM mms_job WHERE source_id = :source")
          .bind("source", sourceId.value()).execute();
      JobTallies.deleteBySource(h, sourceId);
    });
  }
}
