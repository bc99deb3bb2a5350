package dev.mms.application.port.in.task;

import dev.mms.domain.task.Task;
import java.util.Objects;

/** A task with the names of its job and source, as GetMmsTask and ListMmsTasks show it. */
public record TaskView(Task task, String jobName, String sourceName) {
  public TaskView {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(jobName, "jobName");
    Objects.requireNonNull(sourceName, "sourceName");
  }
}
