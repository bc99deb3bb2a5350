package dev.mms.application.memory;

import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskLogId;
import java.util.List;
import java.util.Optional;

/** Task logs in memory; each row remembers the job of its task, so deleting by job works in any order. */
public final class InMemoryTaskLogRepository implements TaskLogRepository {
  private final Guard guard;
  private final TaskTable tasks;
  private final Rows<TaskLogId, Row> rows;
  private final Rows<TaskLogId, Row>.Group<TaskId> byTask;
  private final Rows<TaskLogId, Row>.Group<Optional<JobId>> byJob;
  private final Rows<TaskLogId, Row>.Group<SourceId> bySource;

  private record Row(TaskLog log, Optional<JobId> jobId) {}

  InMemoryTaskLogRepository(Guard guard, TaskTable tasks) {
    this.guard = guard;
    this.tasks = tasks;
    this.rows = new Rows<>(guard, "task log", r -> r.log().id());
    this.byTask = rows.groupBy(r -> r.log().taskId());
    this.byJob = rows.groupBy(Row::jobId);
    this.bySource = rows.groupBy(r -> r.log().sourceId());
  }

  @Override
  public void appendAll(List<TaskLog> logs) {
    guard.write(() -> rows.insertAll(logs.stream()
        .map(log -> new Row(log, tasks.rows.get(log.taskId()).map(Task::jobId)))
        .toList()));
  }

  @Override
  public List<TaskLog> findByTask(TaskId taskId) {
    return guard.read(() -> byTask.get(taskId).stream().map(Row::log).toList());
  }

  @Override
  public void deleteByJob(JobId jobId) {
    guard.write(() -> rows.removeAll(byJob.get(Optional.of(jobId))));
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }
}
