package dev.mms.adapter.rest;

import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.JsonBody;
import dev.mms.adapter.rest.wire.JsonMapperFactory;
import dev.mms.adapter.rest.wire.PageResponse;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.NotFound;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Endpoints that stand in for the controllers: every operation echoes what it received (operation,
 * ids, query pairs, body), and a few answer the shapes and failures the server must write.
 */
final class TestEndpoints {
  record TimerProbe(String name, Long sourceId, Boolean stopped) {}

  private TestEndpoints() {}

  static Map<Operation, Endpoint> all() {
    var endpoints = new EnumMap<Operation, Endpoint>(Operation.class);
    for (var op : Operation.values()) {
      endpoints.put(op, TestEndpoints::echo);
    }
    var body = new JsonBody(JsonMapperFactory.create(ZoneOffset.UTC));
    endpoints.put(
        Operation.CREATE_MMS_TIMER,
        request -> body.read(request.body(), TimerProbe.class).map(probe -> Map.of("timerId", 1)));
    endpoints.put(
        Operation.GET_MMS_JOB, request -> Either.left(NotFound.of("Job", request.id("jobId"))));
    endpoints.put(
        Operation.DELETE_MMS_TIMER,
        request -> {
          throw new IllegalStateException("jdbc:postgresql://db/secret password=hunter2 is down");
        });
    endpoints.put(Operation.TRIGGER_MMS_TIMER, request -> Either.right(request.id("timerId")));
    endpoints.put(
        Operation.LIST_MMS_TASK_LOGS,
        request ->
            Either.right(
                List.of(Map.of("id", 10000, "createTime", Instant.parse("2024-12-17T07:44:17Z")))));
    endpoints.put(
        Operation.UPDATE_MMS_TIMER,
        request ->
            Either.left(
                new InvalidPartitionFilter(
                    "t1", "p1 >= '2022-03-04' and p2 in (1,", 1, 35, "expected a literal")));
    endpoints.put(
        Operation.LIST_MMS_TIMER_LOGS,
        request -> Either.right(new PageResponse<>(List.of(Map.of("id", 1)), 21, 3, 10)));
    return endpoints;
  }

  private static Either<DomainError, Object> echo(ApiRequest request) {
    var data = new LinkedHashMap<String, Object>();
    data.put("operation", request.route().operation().operationName());
    data.put("ids", request.route().ids());
    data.put(
        "query",
        request.query().pairs().stream().map(p -> List.of(p.getKey(), p.getValue())).toList());
    data.put("body", new String(request.body(), StandardCharsets.UTF_8));
    return Either.right(data);
  }
}
