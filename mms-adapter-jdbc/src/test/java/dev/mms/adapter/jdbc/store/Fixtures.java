package dev.mms.adapter.jdbc.store;

import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.Sequence;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Jobs and tasks for the store's tests, with ids from the store so test methods never collide. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");

  private Fixtures() {}

  public static SourceId source(IdGenerator ids) {
    return new SourceId(ids.next(Sequence.DATA_SOURCE));
  }

  public static Job job(IdGenerator ids, SourceId source, Optional<LocalDate> eta) {
    return job(new JobId(ids.next(Sequence.JOB)), source, eta, "job");
  }

  public static Job job(JobId id, SourceId source, Optional<LocalDate> eta, String name) {
    return new Job(id, new JobName(name + "-" + id), source, new SourceName("src"),
        new DatabaseId(1), new DatabaseName("sales"), Optional.empty(), "dst_sales",
        Optional.empty(), JobConfig.defaults(), eta.map(Eta::new), false, Optional.empty(), T0);
  }

  /** A planned task of {@code job} onto destination table {@code dstTable}. */
  public static Task task(IdGenerator ids, Job job, String dstTable, List<PartitionId> partitions) {
    return Task.planned(new TaskId(ids.next(Sequence.TASK)), job.id(), job.sourceId(), job.dbId(),
        new TableId(7), job.srcDbName(), new TableName("src_" + dstTable), job.dstDbName(), dstTable,
        "MOCK", partitions, T0);
  }
}
