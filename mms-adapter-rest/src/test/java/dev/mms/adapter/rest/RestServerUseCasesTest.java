package dev.mms.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.rest.route.Operation;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server built over use cases answers all 36 operations and the dry run in the MMS envelope.
 */
class RestServerUseCasesTest {
  private static final StubUseCases STUBS = new StubUseCases();

  private static RestServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    server = RestServer.start(RestSettings.loopback(0), Clock.systemUTC(), STUBS.useCases());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String path(Operation op) {
    var path = op.pathTemplate();
    for (var name : op.pathParams()) {
      path = path.replace("{" + name + "}", "7");
    }
    return path;
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void every_operation_is_served_by_its_use_case(Operation op) {
    var request = TestRequest.of(op.method(), path(op));
    op.flag().ifPresent(flag -> request.query(flag, "true"));
    if (!op.method().equals("GET") && !op.method().equals("DELETE")) {
      request.json("{}");
    }

    int before = STUBS.calls();

    var response = client.send(request);

    assertThat(response.status()).as("%s: %s", op, response.body()).isEqualTo(200);
    assertThat(response.json().fieldNames()).toIterable().containsExactly("requestId", "data");
    assertThat(STUBS.calls()).isEqualTo(before + 1);
    assertThat(op.pathParams())
        .allSatisfy(id -> assertThat(STUBS.last().toString()).contains(id + "=7"));
  }

  @Test
  void every_use_case_is_required() {
    var components = UseCases.class.getRecordComponents();
    var args = Arrays.stream(components).map(c -> accessor(c, STUBS.useCases())).toArray();
    args[7] = null;

    assertThatThrownBy(
            () ->
                UseCases.class
                    .getDeclaredConstructor(
                        Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(args))
        .hasRootCauseInstanceOf(NullPointerException.class)
        .rootCause()
        .hasMessage(components[7].getName());
  }

  private static Object accessor(RecordComponent component, UseCases useCases) {
    try {
      return component.getAccessor().invoke(useCases);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
