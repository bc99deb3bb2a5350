package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.Batches;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskLogId;
import dev.mms.domain.task.TaskStatus;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Task history in {@code mms_task_log}. Each line also records its task's job, so a job's history
 * can be deleted after its tasks are gone.
 */
public final class JdbcTaskLogRepository implements TaskLogRepository {
  private static final RowMapper<TaskLogRow> ROW = ConstructorMapper.of(TaskLogRow.class);

  private static final String INSERT = "INSERT INTO mms_task_log (" + TaskLogRow.COLUMNS + ", job_id)"
      + " VALUES (:id, :taskId, :sourceId, :status, :action, :msg, :createTime,"
      + " (SELECT job_id FROM mms_task WHERE id = :taskId))";

  private final Db db;

  public JdbcTaskLogRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void appendAll(List<TaskLog> logs) {
    var rows = logs.stream()
        .map(log -> new TaskLogRow(log.id().value(), log.taskId().value(), log.sourceId().value(),
            log.status().name(), log.action(), log.msg(), Times.nanos(log.createTime())))
        .toList();
    db.useHandle(h -> Batches.execute(h, INSERT, rows));
  }

  @Override
  public List<TaskLog> findByTask(TaskId taskId) {
    return db.withHandle(h -> h.createQuery("SELECT " + TaskLogRow.COLUMNS
            + " FROM mms_task_log WHERE task_id = :task ORDER BY id")
        .bind("task", taskId.value())
        .map(ROW)
        .list()
        .stream()
        .map(r -> new TaskLog(new TaskLogId(r.id()), new TaskId(r.taskId()), new SourceId(r.sourceId()),
            TaskStatus.valueOf(r.status()), r.action(), r.msg(), Times.instant(r.createTime())))
        .toList());
  }

  @Override
  public void deleteByJob(JobId jobId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_task_log WHERE job_id = :job"
            + " OR task_id IN (SELECT id FROM mms_task WHERE job_id = :job)")
        .bind("job", jobId.value())
        .execute());
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_task_log WHERE source_id = :source")
        .bind("source", sourceId.value())
        .execute());
  }
}
