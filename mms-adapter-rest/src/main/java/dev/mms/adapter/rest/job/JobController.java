package dev.mms.adapter.rest.job;

import static java.util.Objects.requireNonNullElse;

import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.ConfigValues;
import dev.mms.adapter.rest.wire.JsonBody;
import dev.mms.adapter.rest.wire.PageResponse;
import dev.mms.application.port.in.job.CreateJobUseCase;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.DeleteJobUseCase;
import dev.mms.application.port.in.job.DeleteJobUseCase.DeleteJobCommand;
import dev.mms.application.port.in.job.GetJobUseCase;
import dev.mms.application.port.in.job.GetJobUseCase.GetJobQuery;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.job.ListJobsUseCase;
import dev.mms.application.port.in.job.ListJobsUseCase.ListJobsQuery;
import dev.mms.application.port.in.job.PlanJobUseCase;
import dev.mms.application.port.in.job.PlanJobUseCase.PlanJobCommand;
import dev.mms.application.port.in.job.RetryJobUseCase;
import dev.mms.application.port.in.job.RetryJobUseCase.RetryJobCommand;
import dev.mms.application.port.in.job.StartJobUseCase;
import dev.mms.application.port.in.job.StartJobUseCase.StartJobCommand;
import dev.mms.application.port.in.job.StopJobUseCase;
import dev.mms.application.port.in.job.StopJobUseCase.StopJobCommand;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.job.JobId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/**
 * The job operations and the dry run, which reads the same body as CreateMmsJob. Start, stop, retry
 * and delete (a POST on the job, as in MMS) answer the job id as a bare number.
 */
public final class JobController {
  private static final JobRestMapper MAPPER = Mappers.getMapper(JobRestMapper.class);

  private final CreateJobUseCase create;
  private final PlanJobUseCase plan;
  private final ListJobsUseCase list;
  private final GetJobUseCase get;
  private final DeleteJobUseCase delete;
  private final StartJobUseCase start;
  private final StopJobUseCase stop;
  private final RetryJobUseCase retry;
  private final JsonBody body;

  public JobController(
      CreateJobUseCase create,
      PlanJobUseCase plan,
      ListJobsUseCase list,
      GetJobUseCase get,
      DeleteJobUseCase delete,
      StartJobUseCase start,
      StopJobUseCase stop,
      RetryJobUseCase retry,
      JsonBody body) {
    this.create = create;
    this.plan = plan;
    this.list = list;
    this.get = get;
    this.delete = delete;
    this.start = start;
    this.stop = stop;
    this.retry = retry;
    this.body = body;
  }

  public Map<Operation, Endpoint> endpoints() {
    return Map.of(
        Operation.CREATE_MMS_JOB,
        this::create,
        Operation.DRY_RUN_MMS_JOB,
        this::plan,
        Operation.LIST_MMS_JOBS,
        this::list,
        Operation.GET_MMS_JOB,
        this::get,
        Operation.DELETE_MMS_JOB,
        request ->
            delete
                .deleteJob(new DeleteJobCommand(sourceId(request), jobId(request)))
                .map(JobId::value),
        Operation.START_MMS_JOB,
        request ->
            start
                .startJob(new StartJobCommand(sourceId(request), jobId(request)))
                .map(JobId::value),
        Operation.STOP_MMS_JOB,
        request ->
            stop.stopJob(new StopJobCommand(sourceId(request), jobId(request))).map(JobId::value),
        Operation.RETRY_MMS_JOB,
        request ->
            retry
                .retryJob(new RetryJobCommand(sourceId(request), jobId(request)))
                .map(JobId::value));
  }

  private Either<DomainError, AsyncTaskIdResponse> create(ApiRequest request) {
    return body.read(request.body(), CreateJobRequest.class)
        .flatMap(dto -> command(sourceId(request), dto))
        .flatMap(create::createJob)
        .map(id -> new AsyncTaskIdResponse(id.value()));
  }

  private Either<DomainError, PlanResponse> plan(ApiRequest request) {
    return body.read(request.body(), CreateJobRequest.class)
        .flatMap(dto -> command(sourceId(request), dto))
        .flatMap(job -> plan.planJob(new PlanJobCommand(job)))
        .map(MAPPER::toPlan);
  }

  private static Either<DomainError, CreateJobCommand> command(
      long sourceId, CreateJobRequest dto) {
    if (dto.sourceId() != null && dto.sourceId() != sourceId) {
      return Either.left(
          new InvalidValue(
              "sourceId", "is " + dto.sourceId() + " but the path names data source " + sourceId));
    }
    return ConfigValues.fromJson("others", dto.others())
        .map(
            others ->
                new CreateJobCommand(
                    sourceId,
                    requireNonNullElse(dto.name(), ""),
                    requireNonNullElse(dto.srcDbName(), ""),
                    Optional.ofNullable(dto.srcSchemaName()),
                    Optional.ofNullable(dto.dstDbName()),
                    Optional.ofNullable(dto.dstSchemaName()),
                    Optional.ofNullable(dto.eta()),
                    new JobConfigInput(
                        requireNonNullElse(dto.tables(), List.of()),
                        requireNonNullElse(dto.partitions(), List.of()),
                        requireNonNullElse(dto.tableWhiteList(), List.of()),
                        requireNonNullElse(dto.tableBlackList(), List.of()),
                        requireNonNullElse(dto.partitionFilters(), Map.of()),
                        requireNonNullElse(dto.tableMapping(), Map.of()),
                        requireNonNullElse(dto.columnMapping(), Map.of()),
                        Optional.ofNullable(dto.increment()),
                        Optional.ofNullable(dto.enableVerification()),
                        Optional.ofNullable(dto.enableSchemaMigration()),
                        Optional.ofNullable(dto.enableDataMigration()),
                        Optional.ofNullable(dto.schemaOnly()),
                        Optional.ofNullable(dto.taskType()),
                        others)));
  }

  private Either<DomainError, PageResponse<JobResponse>> list(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new ListJobsQuery(
                    sourceId(request),
                    q.text("name"),
                    q.text("srcDbName"),
                    q.text("srcTableName"),
                    q.text("dstDbName"),
                    q.text("dstTableName"),
                    q.text("status"),
                    q.stopped("stopped"),
                    q.int64("timerId"),
                    q.sorter(),
                    q.page()))
        .flatMap(list::listJobs)
        .map(page -> PageResponse.of(page, MAPPER::toResponse));
  }

  private Either<DomainError, JobResponse> get(ApiRequest request) {
    return get.getJob(new GetJobQuery(sourceId(request), jobId(request))).map(MAPPER::toResponse);
  }

  private static long sourceId(ApiRequest request) {
    return request.id("sourceId");
  }

  private static long jobId(ApiRequest request) {
    return request.id("jobId");
  }
}
