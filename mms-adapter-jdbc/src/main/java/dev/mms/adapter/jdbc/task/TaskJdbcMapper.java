package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Task ↔ row, and the derived columns the queries and claims use. */
final class TaskJdbcMapper {
  /** States in which a task may still run DDL on its destination table. */
  static final Set<TaskStatus> DDL_STATES = EnumSet.of(
      TaskStatus.INIT, TaskStatus.SCHEMA_DOING, TaskStatus.SCHEMA_DONE, TaskStatus.SCHEMA_FAILED);

  private TaskJdbcMapper() {}

  /** What a task copies from its job: where it sorts in claims, and whether the job may run. */
  record JobState(long etaOrder, boolean active) {
    /** A job that is not (or no longer) stored: its tasks wait. */
    static final JobState ABSENT = new JobState(Long.MAX_VALUE, false);
  }

  static TaskRow toRow(Task t, JobState job) {
    return new TaskRow(t.id().value(), t.jobId().value(), t.sourceId().value(), t.dbId().value(),
        t.tableId().value(), t.srcDbName().value(), t.srcTableName().value(), t.dstDbName(),
        t.dstTableName(), dstKey(t.dstDbName(), t.dstTableName()), t.type(), t.status().name(),
        t.status().ordinal(), t.status().done(), t.lease().map(Lease::owner).orElse(null),
        t.lease().map(l -> Times.nanos(l.expiresAt())).orElse(null), t.stopped(),
        t.retriedTimes(), t.autoRetries(), Times.nanos(t.nextAttemptAt()), t.version(),
        Times.nanos(t.createTime()), Times.nanos(t.startTime()), t.startTime().isEmpty() ? 1 : 0,
        Times.nanos(t.endTime()),
        t.partitions().size(), job.etaOrder(), job.active());
  }

  static List<TaskPartitionRow> partitionRows(Task t) {
    var rows = new ArrayList<TaskPartitionRow>(t.partitions().size());
    for (int i = 0; i < t.partitions().size(); i++) {
      rows.add(new TaskPartitionRow(t.id().value(), i, t.partitions().get(i).value()));
    }
    return rows;
  }

  static Task toDomain(TaskRow r, List<PartitionId> partitions) {
    Optional<Lease> lease = r.leaseOwner() == null
        ? Optional.empty()
        : Optional.of(new Lease(r.leaseOwner(), Times.instant(r.leaseExpires().longValue())));
    return new Task(new TaskId(r.id()), new JobId(r.jobId()), new SourceId(r.sourceId()),
        new DatabaseId(r.dbId()), new TableId(r.tableId()), new DatabaseName(r.srcDbName()),
        new TableName(r.srcTableName()), r.dstDbName(), r.dstTableName(), r.type(), partitions,
        TaskStatus.valueOf(r.status()), lease, r.stopped(), r.retriedTimes(), r.autoRetries(),
        Times.instant(r.nextAttemptAt()), r.version(), Times.instant(r.createTime()),
        Times.instant(r.startTime()), Times.instant(r.endTime()));
  }

  /**
   * The destination table as one value; the length prefix keeps {@code a.b}+{@code c} apart from
   * {@code a}+{@code b.c}.
   */
  static String dstKey(String dstDbName, String dstTableName) {
    return dstDbName.length() + ":" + dstDbName + "." + dstTableName;
  }

  static boolean ddl(String status) {
    return DDL_STATES.contains(TaskStatus.valueOf(status));
  }
}
