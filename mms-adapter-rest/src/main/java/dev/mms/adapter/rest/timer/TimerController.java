package dev.mms.adapter.rest.timer;

import static java.util.Objects.requireNonNullElse;

import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.ConfigValues;
import dev.mms.adapter.rest.wire.JsonBody;
import dev.mms.adapter.rest.wire.PageResponse;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.timer.CreateTimerUseCase;
import dev.mms.application.port.in.timer.CreateTimerUseCase.CreateTimerCommand;
import dev.mms.application.port.in.timer.DeleteTimerUseCase;
import dev.mms.application.port.in.timer.DeleteTimerUseCase.DeleteTimerCommand;
import dev.mms.application.port.in.timer.GetTimerUseCase;
import dev.mms.application.port.in.timer.GetTimerUseCase.GetTimerQuery;
import dev.mms.application.port.in.timer.ListTimerLogsUseCase;
import dev.mms.application.port.in.timer.ListTimerLogsUseCase.ListTimerLogsQuery;
import dev.mms.application.port.in.timer.ListTimersUseCase;
import dev.mms.application.port.in.timer.ListTimersUseCase.ListTimersQuery;
import dev.mms.application.port.in.timer.TriggerTimerUseCase;
import dev.mms.application.port.in.timer.TriggerTimerUseCase.TriggerTimerCommand;
import dev.mms.application.port.in.timer.UpdateTimerUseCase;
import dev.mms.application.port.in.timer.UpdateTimerUseCase.UpdateTimerCommand;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/** The timer operations; update, delete and trigger answer the timer id as a bare number. */
public final class TimerController {
  private static final TimerRestMapper MAPPER = Mappers.getMapper(TimerRestMapper.class);

  private final CreateTimerUseCase create;
  private final ListTimersUseCase list;
  private final GetTimerUseCase get;
  private final UpdateTimerUseCase update;
  private final DeleteTimerUseCase delete;
  private final TriggerTimerUseCase trigger;
  private final ListTimerLogsUseCase logs;
  private final JsonBody body;

  public TimerController(
      CreateTimerUseCase create,
      ListTimersUseCase list,
      GetTimerUseCase get,
      UpdateTimerUseCase update,
      DeleteTimerUseCase delete,
      TriggerTimerUseCase trigger,
      ListTimerLogsUseCase logs,
      JsonBody body) {
    this.create = create;
    this.list = list;
    this.get = get;
    this.update = update;
    this.delete = delete;
    this.trigger = trigger;
    this.logs = logs;
    this.body = body;
  }

  public Map<Operation, Endpoint> endpoints() {
    return Map.of(
        Operation.CREATE_MMS_TIMER, this::create,
        Operation.LIST_MMS_TIMERS, this::list,
        Operation.GET_MMS_TIMER, this::get,
        Operation.UPDATE_MMS_TIMER, this::update,
        Operation.DELETE_MMS_TIMER,
            request ->
                delete
                    .deleteTimer(
                        new DeleteTimerCommand(request.id("sourceId"), request.id("timerId")))
                    .map(TimerId::value),
        Operation.TRIGGER_MMS_TIMER,
            request ->
                trigger
                    .triggerTimer(
                        new TriggerTimerCommand(request.id("sourceId"), request.id("timerId")))
                    .map(TimerId::value),
        Operation.LIST_MMS_TIMER_LOGS, this::logs);
  }

  private Either<DomainError, TimerIdResponse> create(ApiRequest request) {
    return body.read(request.body(), CreateTimerRequest.class)
        .flatMap(dto -> command(request.id("sourceId"), dto))
        .flatMap(create::createTimer)
        .map(id -> new TimerIdResponse(id.value()));
  }

  private static Either<DomainError, CreateTimerCommand> command(
      long sourceId, CreateTimerRequest dto) {
    if (dto.sourceId() != null && dto.sourceId() != sourceId) {
      return Either.left(
          new InvalidValue(
              "sourceId", "is " + dto.sourceId() + " but the path names data source " + sourceId));
    }
    return ConfigValues.fromJson("others", dto.others())
        .map(
            others ->
                new CreateTimerCommand(
                    sourceId,
                    requireNonNullElse(dto.name(), ""),
                    requireNonNullElse(dto.srcDbName(), ""),
                    requireNonNullElse(dto.scheduleType(), ""),
                    requireNonNullElse(dto.value(), ""),
                    new JobConfigInput(
                        requireNonNullElse(dto.tables(), List.of()),
                        requireNonNullElse(dto.partitions(), List.of()),
                        requireNonNullElse(dto.tableWhiteList(), List.of()),
                        requireNonNullElse(dto.tableBlackList(), List.of()),
                        requireNonNullElse(dto.partitionFilters(), Map.of()),
                        requireNonNullElse(dto.tableMapping(), Map.of()),
                        requireNonNullElse(dto.columnMapping(), Map.of()),
                        Optional.empty(),
                        Optional.ofNullable(dto.enableVerification()),
                        Optional.ofNullable(dto.enableSchemaMigration()),
                        Optional.ofNullable(dto.enableDataMigration()),
                        Optional.empty(),
                        Optional.empty(),
                        others)));
  }

  private Either<DomainError, PageResponse<TimerSummaryResponse>> list(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new ListTimersQuery(
                    request.id("sourceId"),
                    q.text("name"),
                    q.text("srcDbName"),
                    q.text("srcTableName"),
                    q.stopped("stopped"),
                    q.page()))
        .flatMap(list::listTimers)
        .map(page -> PageResponse.of(page, MAPPER::toSummary));
  }

  private Either<DomainError, TimerResponse> get(ApiRequest request) {
    return get.getTimer(new GetTimerQuery(request.id("sourceId"), request.id("timerId")))
        .map(MAPPER::toResponse);
  }

  private Either<DomainError, Long> update(ApiRequest request) {
    return body.read(request.body(), UpdateTimerRequest.class)
        .map(
            dto ->
                new UpdateTimerCommand(
                    request.id("sourceId"),
                    request.id("timerId"),
                    Optional.ofNullable(dto.scheduleType()),
                    Optional.ofNullable(dto.value()),
                    Optional.ofNullable(dto.stopped()),
                    Optional.ofNullable(dto.tableWhiteList()),
                    Optional.ofNullable(dto.tableBlackList())))
        .flatMap(update::updateTimer)
        .map(TimerId::value);
  }

  private Either<DomainError, PageResponse<TimerLogResponse>> logs(ApiRequest request) {
    return request
        .query()
        .read(q -> new ListTimerLogsQuery(request.id("sourceId"), request.id("timerId"), q.page()))
        .flatMap(logs::listTimerLogs)
        .map(page -> PageResponse.of(page, MAPPER::toResponse));
  }
}
