package dev.mms.application.service.task;

import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskLogId;
import java.time.Clock;

/** Appends the log row that every user action on a task leaves (retry, stop, start). */
public final class TaskHistory {
  private final TaskLogRepository logs;
  private final IdGenerator ids;
  private final Clock clock;

  public TaskHistory(TaskLogRepository logs, IdGenerator ids, Clock clock) {
    this.logs = logs;
    this.ids = ids;
    this.clock = clock;
  }

  /** A row for {@code task} in its current status. */
  public void append(Task task, String action, String msg) {
    logs.append(new TaskLog(new TaskLogId(ids.next(Sequence.TASK_LOG)), task.id(),
        task.sourceId(), task.status(), action, msg, clock.instant()));
  }
}
