package dev.mms.domain.task;

import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class Tasks {
  static final Instant T0 = Instant.parse("2025-02-04T08:00:00Z");

  private Tasks() {}

  static Task planned() {
    return Task.planned(new TaskId(1), new JobId(2), new SourceId(3), new DatabaseId(4),
        new TableId(5), new DatabaseName("sales"), new TableName("orders"), "dst", "orders",
        "JDBC", List.of(), T0);
  }

  /** A task already in {@code status}, leased to {@code owner} until {@code T0 + 60 s}. */
  static Task leasedIn(TaskStatus status, String owner) {
    var t = planned();
    return new Task(t.id(), t.jobId(), t.sourceId(), t.dbId(), t.tableId(), t.srcDbName(),
        t.srcTableName(), t.dstDbName(), t.dstTableName(), t.type(), t.partitions(), status,
        Optional.of(new Lease(owner, T0.plusSeconds(60))), false, 0, 0, Optional.empty(), 7, T0,
        Optional.of(T0), Optional.empty());
  }
}
