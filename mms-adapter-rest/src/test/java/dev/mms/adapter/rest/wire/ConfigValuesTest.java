package dev.mms.adapter.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.source.ConfigValue;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {
  private final ObjectMapper mapper = JsonMapperFactory.create(ZoneOffset.UTC);

  private Map<String, JsonNode> json(String text) throws Exception {
    return mapper.readValue(text, new TypeReference<Map<String, JsonNode>>() {});
  }

  @Test
  void every_kind_of_config_value_is_known_to_the_conversion() {
    assertThat(ConfigValue.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            ConfigValue.Text.class,
            ConfigValue.Flag.class,
            ConfigValue.Number.class,
            ConfigValue.Mapping.class,
            ConfigValue.Items.class);
  }

  @Test
  void json_values_become_config_values_of_their_kind() throws Exception {
    var values =
        ConfigValues.fromJson(
                "config", json("{\"t\":\"x\",\"f\":false,\"n\":1.50,\"m\":{\"k\":[1,\"a\"]}}"))
            .get();

    assertThat(values)
        .containsExactly(
            Map.entry("t", new ConfigValue.Text("x")),
            Map.entry("f", new ConfigValue.Flag(false)),
            Map.entry("n", new ConfigValue.Number(new BigDecimal("1.50"))),
            Map.entry(
                "m",
                new ConfigValue.Mapping(
                    Map.of(
                        "k",
                        new ConfigValue.Items(
                            List.of(
                                new ConfigValue.Number(BigDecimal.ONE),
                                new ConfigValue.Text("a")))))));
  }

  @Test
  void config_values_are_written_back_as_the_json_they_came_from() throws Exception {
    var text = "{\"f\":false,\"m\":{\"k\":[1,\"a\",{\"deep\":true}]},\"n\":1.50,\"t\":\"x\"}";

    var back =
        mapper.writeValueAsString(
            ConfigValues.plain(ConfigValues.fromJson("config", json(text)).get()));

    assertThat(back).isEqualTo(text);
  }

  @Test
  void large_and_small_numbers_are_written_plain() throws Exception {
    var values = Map.<String, ConfigValue>of("n", new ConfigValue.Number(new BigDecimal("1E+3")));

    assertThat(mapper.writeValueAsString(ConfigValues.plain(values))).isEqualTo("{\"n\":1000}");
  }

  @Test
  void a_null_anywhere_is_refused_naming_its_path() throws Exception {
    var result = ConfigValues.fromJson("config", json("{\"m\":{\"k\":[1,null]}}"));

    assertThat(result.getLeft()).isEqualTo(new InvalidValue("config.m.k[1]", "must not be null"));
  }

  @Test
  void no_config_is_an_empty_one() {
    assertThat(ConfigValues.fromJson("config", null).get()).isEmpty();
  }
}
