package dev.mms.adapter.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMapperFactoryTest {
  private final ObjectMapper mapper = JsonMapperFactory.create(ZoneId.of("Asia/Shanghai"));

  record Stamp(Instant createTime, LocalDate eta) {}

  record Flags(String name, Long id, Boolean stopped, List<String> tables) {}

  @Test
  void instants_are_written_as_mms_times_in_the_configured_zone() throws Exception {
    var json =
        mapper.writeValueAsString(
            new Stamp(Instant.parse("2024-12-17T07:44:17Z"), LocalDate.of(2025, 2, 4)));

    assertThat(json).isEqualTo("{\"createTime\":\"2024-12-17 15:44:17\",\"eta\":\"2025-02-04\"}");
  }

  @Test
  void mms_times_are_read_back_in_the_configured_zone() throws Exception {
    var stamp = mapper.readValue("{\"createTime\":\"2024-12-17 15:44:17\"}", Stamp.class);

    assertThat(stamp.createTime()).isEqualTo(Instant.parse("2024-12-17T07:44:17Z"));
  }

  @Test
  void the_zone_is_configurable() throws Exception {
    var utc = JsonMapperFactory.create(ZoneOffset.UTC);

    var json = utc.writeValueAsString(new Stamp(Instant.parse("2024-12-17T07:44:17Z"), null));

    assertThat(json).isEqualTo("{\"createTime\":\"2024-12-17 07:44:17\"}");
  }

  @Test
  void nulls_are_omitted_and_empty_lists_kept() throws Exception {
    var json = mapper.writeValueAsString(new Flags("a", null, null, List.of()));

    assertThat(json).isEqualTo("{\"name\":\"a\",\"tables\":[]}");
  }

  @Test
  void map_entries_are_written_sorted_by_key() throws Exception {
    var map = new HashMap<String, Integer>();
    for (var key : List.of("zeta", "alpha", "mid", "beta")) {
      map.put(key, key.length());
    }

    assertThat(mapper.writeValueAsString(map))
        .isEqualTo("{\"alpha\":5,\"beta\":4,\"mid\":3,\"zeta\":4}");
  }

  @Test
  void unknown_properties_are_refused() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"name\":\"a\",\"tableWhitelist\":[]}", Flags.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void strings_are_not_coerced_to_numbers_or_booleans() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"12\"}", Flags.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"stopped\":\"true\"}", Flags.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void numbers_and_booleans_are_not_coerced_to_strings() {
    assertThatThrownBy(() -> mapper.readValue("{\"name\":12}", Flags.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"name\":true}", Flags.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void fractions_are_not_truncated_into_ids() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":1.5}", Flags.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void duplicate_keys_are_refused() {
    assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\",\"name\":\"b\"}", Flags.class))
        .hasMessageContaining("Duplicate field");
  }

  @Test
  void round_trips_records_with_nested_maps() throws Exception {
    record Holder(Map<String, Object> config) {}
    var holder = new Holder(Map.of("mc.sql.hints", Map.of("odps.sql.decimal.odps2", true)));

    var back = mapper.readValue(mapper.writeValueAsString(holder), Holder.class);

    assertThat(back).isEqualTo(holder);
  }
}
