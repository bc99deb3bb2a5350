package dev.mms.adapter.rest.metadata;

import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.JsonBody;
import dev.mms.application.port.in.metadata.CreateScanUseCase;
import dev.mms.application.port.in.metadata.CreateScanUseCase.CreateScanCommand;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase.GetAsyncTaskQuery;
import dev.mms.application.port.in.metadata.GetScanUseCase;
import dev.mms.application.port.in.metadata.GetScanUseCase.GetScanQuery;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.mapstruct.factory.Mappers;

/** The scan and async-task operations; an empty CreateMmsFetchMetadataJob body scans everything. */
public final class MetadataController {
  private static final MetadataRestMapper MAPPER = Mappers.getMapper(MetadataRestMapper.class);

  private final CreateScanUseCase createScan;
  private final GetScanUseCase getScan;
  private final GetAsyncTaskUseCase getAsyncTask;
  private final JsonBody body;

  public MetadataController(
      CreateScanUseCase createScan,
      GetScanUseCase getScan,
      GetAsyncTaskUseCase getAsyncTask,
      JsonBody body) {
    this.createScan = createScan;
    this.getScan = getScan;
    this.getAsyncTask = getAsyncTask;
    this.body = body;
  }

  public Map<Operation, Endpoint> endpoints() {
    return Map.of(
        Operation.CREATE_MMS_FETCH_METADATA_JOB, this::createScan,
        Operation.GET_MMS_FETCH_METADATA_JOB, this::getScan,
        Operation.GET_MMS_ASYNC_TASK, this::getAsyncTask);
  }

  private Either<DomainError, ScanIdResponse> createScan(ApiRequest request) {
    return body.readOptional(request.body(), CreateScanRequest.class)
        .map(
            dto ->
                new CreateScanCommand(
                    request.id("sourceId"),
                    dto.map(CreateScanRequest::dbName),
                    dto.map(CreateScanRequest::tableNames).orElse(List.of())))
        .flatMap(createScan::createScan)
        .map(id -> new ScanIdResponse(id.value()));
  }

  private Either<DomainError, ScanResponse> getScan(ApiRequest request) {
    return getScan
        .getScan(new GetScanQuery(request.id("sourceId"), request.id("scanId")))
        .map(MAPPER::toScan);
  }

  private Either<DomainError, AsyncTaskResponse> getAsyncTask(ApiRequest request) {
    return getAsyncTask
        .getAsyncTask(new GetAsyncTaskQuery(request.id("sourceId"), request.id("asyncTaskId")))
        .map(MAPPER::toResponse);
  }
}
