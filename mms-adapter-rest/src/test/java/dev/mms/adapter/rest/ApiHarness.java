package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.adapter.rest.error.ErrorMapper;
import dev.mms.adapter.rest.error.Problem;
import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.route.RouteTable;
import dev.mms.adapter.rest.wire.JsonMapperFactory;
import dev.mms.adapter.rest.wire.QueryParams;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Calls the endpoints that {@link RestServer} would serve over stub use cases, without HTTP: the
 * target is routed by the route table, the answer written by the adapter's mapper in Asia/Shanghai
 * and read back as a JSON tree, to compare with a golden file.
 */
public final class ApiHarness {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Map<Operation, Endpoint> endpoints;
  private final ObjectMapper mapper = JsonMapperFactory.create(ZONE);

  public ApiHarness(StubUseCases stubs) {
    var settings =
        new RestSettings(
            "127.0.0.1",
            0,
            ZONE,
            RestSettings.DEFAULT_MAX_BODY_BYTES,
            List.of(),
            "cn-hangzhou",
            "1234");
    endpoints = RestApi.endpoints(stubs.useCases(), settings);
  }

  /** The {@code data} a successful call answers, as JSON. */
  public JsonNode data(String method, String target) {
    return data(method, target, "");
  }

  public JsonNode data(String method, String target, String body) {
    var result = call(method, target, body);
    assertThat(result.isRight()).as("%s %s answered %s", method, target, result).isTrue();
    return result.get();
  }

  /** The refusal a call answers. */
  public Problem problem(String method, String target, String body) {
    var result = call(method, target, body);
    assertThat(result.isLeft()).as("%s %s answered %s", method, target, result).isTrue();
    return result.getLeft();
  }

  /** {@code target} is the path with its query, as on the wire. */
  public Either<Problem, JsonNode> call(String method, String target, String body) {
    int q = target.indexOf('?');
    var path = q < 0 ? target : target.substring(0, q);
    var query = QueryParams.parse(q < 0 ? "" : target.substring(q + 1)).get();
    return RouteTable.match(method, path, query)
        .flatMap(
            route ->
                endpoints
                    .get(route.operation())
                    .handle(new ApiRequest(route, query, body.getBytes(StandardCharsets.UTF_8)))
                    .<Object>map(data -> data)
                    .mapLeft(ErrorMapper::toProblem))
        .map(this::json);
  }

  /** The JSON of {@code golden/<name>.json} on the test class path. */
  public JsonNode golden(String name) {
    try (var in = ApiHarness.class.getResourceAsStream("/golden/" + name + ".json")) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode json(Object data) {
    try {
      return mapper.readTree(mapper.writeValueAsString(data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
