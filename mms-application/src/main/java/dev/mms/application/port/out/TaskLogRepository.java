package dev.mms.application.port.out;

import dev.mms.domain.job.JobId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import java.util.List;

/** The append-only history of every task. */
public interface TaskLogRepository {
  default void append(TaskLog log) {
    appendAll(List.of(log));
  }

  /** Appends several lines at once: what one write of a task records. */
  void appendAll(List<TaskLog> logs);

  /** Ordered by id. */
  List<TaskLog> findByTask(TaskId taskId);

  void deleteByJob(JobId jobId);

  void deleteBySource(SourceId sourceId);
}
