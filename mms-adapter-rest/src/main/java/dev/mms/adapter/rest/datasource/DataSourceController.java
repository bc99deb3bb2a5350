package dev.mms.adapter.rest.datasource;

import static java.util.Objects.requireNonNullElse;

import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.ConfigValues;
import dev.mms.adapter.rest.wire.JsonBody;
import dev.mms.adapter.rest.wire.PageResponse;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.datasource.DeleteDataSourceUseCase;
import dev.mms.application.port.in.datasource.DeleteDataSourceUseCase.DeleteDataSourceCommand;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase.GetDataSourceQuery;
import dev.mms.application.port.in.datasource.ListDataSourceConfigItemsUseCase;
import dev.mms.application.port.in.datasource.ListDataSourceConfigItemsUseCase.ListDataSourceConfigItemsQuery;
import dev.mms.application.port.in.datasource.ListDataSourcesUseCase;
import dev.mms.application.port.in.datasource.ListDataSourcesUseCase.ListDataSourcesQuery;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/**
 * The data-source operations. A new source is registered in the server's region, since the API has
 * no region field for it.
 */
public final class DataSourceController {
  private static final DataSourceRestMapper MAPPER = Mappers.getMapper(DataSourceRestMapper.class);

  private final CreateDataSourceUseCase create;
  private final ListDataSourcesUseCase list;
  private final GetDataSourceUseCase get;
  private final UpdateDataSourceUseCase update;
  private final DeleteDataSourceUseCase delete;
  private final ListDataSourceConfigItemsUseCase configItems;
  private final JsonBody body;
  private final String region;

  public DataSourceController(
      CreateDataSourceUseCase create,
      ListDataSourcesUseCase list,
      GetDataSourceUseCase get,
      UpdateDataSourceUseCase update,
      DeleteDataSourceUseCase delete,
      ListDataSourceConfigItemsUseCase configItems,
      JsonBody body,
      String region) {
    this.create = create;
    this.list = list;
    this.get = get;
    this.update = update;
    this.delete = delete;
    this.configItems = configItems;
    this.body = body;
    this.region = region;
  }

  public Map<Operation, Endpoint> endpoints() {
    return Map.of(
        Operation.CREATE_MMS_DATA_SOURCE, this::create,
        Operation.LIST_MMS_DATA_SOURCES, this::list,
        Operation.GET_MMS_DATA_SOURCE, this::get,
        Operation.UPDATE_MMS_DATA_SOURCE, this::update,
        Operation.DELETE_MMS_DATA_SOURCE, this::delete,
        Operation.LIST_MMS_DATA_SOURCE_CONFIG_ITEMS, this::configItems);
  }

  private Either<DomainError, DataSourceIdResponse> create(ApiRequest request) {
    return body.read(request.body(), CreateDataSourceRequest.class)
        .flatMap(
            dto ->
                ConfigValues.fromJson("config", dto.config())
                    .map(
                        config ->
                            new CreateDataSourceCommand(
                                requireNonNullElse(dto.name(), ""),
                                requireNonNullElse(dto.type(), ""),
                                config,
                                Optional.of(region),
                                Optional.ofNullable(dto.networklink()))))
        .flatMap(create::createDataSource)
        .map(id -> new DataSourceIdResponse(id.value()));
  }

  private Either<DomainError, PageResponse<DataSourceResponse>> list(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new ListDataSourcesQuery(
                    q.text("name"), q.text("type"), q.text("region"), q.page()))
        .flatMap(list::listDataSources)
        .map(page -> PageResponse.of(page, MAPPER::toListItem));
  }

  private Either<DomainError, DataSourceResponse> get(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new GetDataSourceQuery(
                    request.id("sourceId"), q.bool("withConfig").orElse(false), q.text("lang")))
        .flatMap(get::getDataSource)
        .map(MAPPER::toResponse);
  }

  private Either<DomainError, UpdateDataSourceResponse> update(ApiRequest request) {
    return body.read(request.body(), UpdateDataSourceRequest.class)
        .flatMap(
            dto ->
                ConfigValues.fromJson("config", dto.config())
                    .map(
                        config ->
                            new UpdateDataSourceCommand(
                                request.id("sourceId"),
                                requireNonNullElse(dto.action(), ""),
                                Optional.ofNullable(dto.name()),
                                config,
                                Boolean.TRUE.equals(dto.test()))))
        .flatMap(update::updateDataSource)
        .map(
            result ->
                new UpdateDataSourceResponse(
                    result.sourceId().value(),
                    result.asyncTaskId().map(AsyncTaskId::value).orElse(null)));
  }

  private Either<DomainError, Long> delete(ApiRequest request) {
    return delete
        .deleteDataSource(new DeleteDataSourceCommand(request.id("sourceId")))
        .map(SourceId::value);
  }

  private Either<DomainError, List<ConfigItemResponse>> configItems(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new ListDataSourceConfigItemsQuery(q.text("sourceType").orElse(""), q.text("lang")))
        .flatMap(configItems::listDataSourceConfigItems)
        .map(MAPPER::toResponses);
  }
}
