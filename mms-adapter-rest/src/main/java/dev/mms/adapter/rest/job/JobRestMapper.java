package dev.mms.adapter.rest.job;

import dev.mms.adapter.rest.wire.WireValues;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.plan.Plan;
import dev.mms.domain.plan.PlannedTask;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Domain → DTO for jobs and their plans. */
@Mapper
interface JobRestMapper extends WireValues {

  @Mapping(target = "id", source = "job.id")
  @Mapping(target = "name", source = "job.name")
  @Mapping(target = "sourceId", source = "job.sourceId")
  @Mapping(target = "sourceName", source = "job.sourceName")
  @Mapping(target = "dbId", source = "job.dbId")
  @Mapping(target = "srcDbName", source = "job.srcDbName")
  @Mapping(target = "srcSchemaName", source = "job.srcSchemaName")
  @Mapping(target = "dstDbName", source = "job.dstDbName")
  @Mapping(target = "dstSchemaName", source = "job.dstSchemaName")
  @Mapping(target = "type", source = "job", qualifiedByName = "scope")
  @Mapping(target = "status", source = "tally", qualifiedByName = "status")
  @Mapping(target = "stopped", source = "job.stopped")
  @Mapping(target = "taskNum", source = "tally.total")
  @Mapping(target = "taskDone", source = "tally.done")
  @Mapping(target = "eta", source = "job.eta")
  @Mapping(target = "createTime", source = "job.createTime")
  @Mapping(target = "config", source = "job.config")
  JobResponse toResponse(JobSummary summary);

  JobConfigResponse toConfig(JobConfig config);

  PlanResponse toPlan(Plan plan);

  PlanResponse.PlanTableResponse toPlanTable(Table table);

  @Mapping(target = "tableId", source = "table.id")
  @Mapping(target = "srcTableName", source = "table.name")
  PlanResponse.PlannedTaskResponse toPlannedTask(PlannedTask task);

  default String map(Partition partition) {
    return partition.value().render();
  }

  default String mapSpec(Optional<PartitionSpec> spec) {
    return spec.map(PartitionSpec::render).orElse(null);
  }

  @Named("scope")
  default String scope(Job job) {
    return job.scope().name();
  }

  @Named("status")
  default String status(TaskTally tally) {
    return tally.status().name();
  }
}
