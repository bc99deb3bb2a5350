package dev.mms.adapter.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonBodyTest {
  private final JsonBody body = new JsonBody(JsonMapperFactory.create(ZoneOffset.UTC));

  record Config(List<String> tables, Boolean increment) {}

  record JobRequest(
      String name,
      Long sourceId,
      MigrationStatus status,
      Config config,
      Map<String, String> tableMapping) {}

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static InvalidValue refusal(Either<DomainError, ?> result) {
    assertThat(result.isLeft()).as("refused: %s", result).isTrue();
    return (InvalidValue) result.getLeft();
  }

  @Test
  void a_valid_body_is_read() {
    var result =
        body.read(
            bytes(
                "{\"name\":\"j\",\"sourceId\":12,\"status\":\"DONE\",\"config\":{\"tables\":[\"t1\"]}}"),
            JobRequest.class);

    assertThat(result.get())
        .isEqualTo(
            new JobRequest("j", 12L, MigrationStatus.DONE, new Config(List.of("t1"), null), null));
  }

  @Test
  void malformed_json_is_refused_with_its_position() {
    var refusal =
        refusal(body.read(bytes("{\"name\": \"j\",\n \"sourceId\": }"), JobRequest.class));

    assertThat(refusal.field()).isEqualTo("body");
    assertThat(refusal.reason()).startsWith("malformed JSON at line 2");
  }

  @Test
  void a_wrong_json_type_is_refused_naming_the_field_path() {
    var refusal =
        refusal(body.read(bytes("{\"config\":{\"tables\":[\"t1\", 7]}}"), JobRequest.class));

    assertThat(refusal.field()).isEqualTo("config.tables[1]");
    assertThat(refusal.reason()).isEqualTo("must be a string, got 7");
  }

  @Test
  void a_string_where_an_id_belongs_is_refused() {
    var refusal = refusal(body.read(bytes("{\"sourceId\":\"12\"}"), JobRequest.class));

    assertThat(refusal.field()).isEqualTo("sourceId");
    assertThat(refusal.reason()).isEqualTo("must be an int64 number");
  }

  @Test
  void a_string_where_a_boolean_belongs_is_refused() {
    var refusal =
        refusal(body.read(bytes("{\"config\":{\"increment\":\"yes\"}}"), JobRequest.class));

    assertThat(refusal.field()).isEqualTo("config.increment");
    assertThat(refusal.reason()).isEqualTo("must be true or false");
  }

  @Test
  void an_unknown_enum_value_is_refused_with_the_choices() {
    var refusal = refusal(body.read(bytes("{\"status\":\"SHINY\"}"), JobRequest.class));

    assertThat(refusal.field()).isEqualTo("status");
    assertThat(refusal.reason()).contains("SHINY", "PART_DONE");
  }

  @Test
  void an_unknown_field_is_refused_by_name() {
    var refusal = refusal(body.read(bytes("{\"tableWhitelist\":[\"t1\"]}"), JobRequest.class));

    assertThat(refusal.field()).isEqualTo("tableWhitelist");
    assertThat(refusal.reason()).contains("not a field");
  }

  @Test
  void a_body_that_is_not_an_object_is_refused() {
    var refusal = refusal(body.read(bytes("[1,2]"), JobRequest.class));

    assertThat(refusal.field()).isEqualTo("body");
    assertThat(refusal.reason()).isEqualTo("must be a JSON object");
  }

  @Test
  void a_null_body_is_refused() {
    assertThat(refusal(body.read(bytes("null"), JobRequest.class)).field()).isEqualTo("body");
  }

  @Test
  void trailing_content_is_refused() {
    assertThat(refusal(body.read(bytes("{} {}"), JobRequest.class)).field()).isEqualTo("body");
  }

  @Test
  void an_empty_required_body_is_missing() {
    var result = body.read(new byte[0], JobRequest.class);

    assertThat(result.getLeft()).isEqualTo(new MissingValue("body"));
  }

  @Test
  void an_empty_optional_body_is_none() {
    assertThat(body.readOptional(new byte[0], JobRequest.class).get()).isEqualTo(Optional.empty());
    assertThat(body.readOptional(bytes("{}"), JobRequest.class).get())
        .isEqualTo(Optional.of(new JobRequest(null, null, null, null, null)));
  }
}
