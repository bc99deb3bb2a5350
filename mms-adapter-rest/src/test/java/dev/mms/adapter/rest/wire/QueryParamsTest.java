package dev.mms.adapter.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  private static QueryParams query(String raw) {
    return QueryParams.parse(raw).get();
  }

  /** A query as the SDKs put it on the wire: form-encoded values. */
  private static QueryParams form(String key, String value) {
    return query(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private static InvalidValue refusal(Either<DomainError, ?> result) {
    assertThat(result.isLeft()).as("refused: %s", result).isTrue();
    return (InvalidValue) result.getLeft();
  }

  @Test
  void plus_is_decoded_as_a_space_and_escapes_are_decoded() {
    var params = query("name=migrate+db*%7E1");

    assertThat(params.text("name").get()).isEqualTo(Option.some("migrate db*~1"));
  }

  @Test
  void pairs_keep_wire_order_and_a_key_without_value_is_empty() {
    var params = query("b=2&a&&c=");

    assertThat(params.pairs())
        .containsExactly(Map.entry("b", "2"), Map.entry("a", ""), Map.entry("c", ""));
  }

  @Test
  void malformed_percent_encoding_is_refused() {
    var result = QueryParams.parse("name=%zz");

    assertThat(refusal(result).field()).isEqualTo("query");
  }

  @Test
  void unknown_parameters_are_ignored() {
    var params = query("whatever=1&pageSize=5");

    assertThat(params.paging(10).get()).isEqualTo(new Paging(1, 5));
  }

  @Test
  void a_scalar_given_twice_is_refused() {
    var result = query("name=a&name=b").text("name");

    assertThat(refusal(result).field()).isEqualTo("name");
  }

  @Test
  void dotted_sorters_are_read_in_wire_order_with_directions_in_any_case() {
    var params = query("sorter.status=DESC&sorter.startTime=asc");

    assertThat(params.sorters(Set.of("status", "startTime")).get())
        .containsExactly(
            new Sorter("status", SortDirection.DESC), new Sorter("startTime", SortDirection.ASC));
  }

  @Test
  void a_dotted_sorter_with_another_direction_is_refused_naming_the_parameter() {
    var result = query("sorter.status=up").sorters(Set.of("status"));

    assertThat(refusal(result).field()).isEqualTo("sorter.status");
  }

  @Test
  void sorters_on_fields_the_operation_does_not_sort_by_are_ignored() {
    var params = query("sorter.colour=sideways&sorter.size=asc");

    assertThat(params.sorters(Set.of("size")).get())
        .containsExactly(new Sorter("size", SortDirection.ASC));
  }

  @Test
  void the_json_sorter_of_list_mms_dbs_is_read() {
    var params = form("sorter", "{\"numRows\":\"desc\",\"size\":\"Asc\"}");

    assertThat(params.sorters(Set.of("numRows", "size")).get())
        .containsExactly(
            new Sorter("numRows", SortDirection.DESC), new Sorter("size", SortDirection.ASC));
  }

  @Test
  void a_json_sorter_that_is_not_an_object_is_refused() {
    var result = form("sorter", "[\"numRows\"]").sorters(Set.of("numRows"));

    assertThat(refusal(result).field()).isEqualTo("sorter");
  }

  @Test
  void a_json_sorter_with_a_non_direction_value_is_refused() {
    var result =
        form("sorter", "{\"updateTime\":\"2024-12-17 15:44:17\"}").sorters(Set.of("updateTime"));

    assertThat(refusal(result).field()).isEqualTo("sorter.updateTime");
  }

  @Test
  void a_json_array_status_filter_is_read() {
    var params = form("status", "[\"DONE\",\"FAILED\"]");

    assertThat(params.enumList("status", MigrationStatus.class).get())
        .containsExactly(MigrationStatus.DONE, MigrationStatus.FAILED);
  }

  @Test
  void a_bare_status_value_is_read_as_a_one_element_filter() {
    var params = query("status=PART_DONE");

    assertThat(params.enumList("status", MigrationStatus.class).get())
        .containsExactly(MigrationStatus.PART_DONE);
  }

  @Test
  void an_absent_or_empty_status_filter_is_no_filter() {
    assertThat(query("").enumList("status", MigrationStatus.class).get()).isEmpty();
    assertThat(form("status", "[]").enumList("status", MigrationStatus.class).get()).isEmpty();
  }

  @Test
  void an_unknown_status_is_refused_naming_the_value_and_the_choices() {
    var result = form("status", "[\"DONE\",\"SHINY\"]").enumList("status", MigrationStatus.class);

    var refusal = refusal(result);
    assertThat(refusal.field()).isEqualTo("status");
    assertThat(refusal.reason()).contains("SHINY", "PART_DONE");
  }

  @Test
  void a_status_array_of_non_strings_is_refused() {
    var result = form("status", "[1,2]").enumList("status", MigrationStatus.class);

    assertThat(refusal(result).field()).isEqualTo("status");
  }

  @Test
  void a_single_enum_value_is_read_in_any_case() {
    var params = query("status=done");

    assertThat(params.enumValue("status", MigrationStatus.class).get())
        .isEqualTo(Option.some(MigrationStatus.DONE));
  }

  @Test
  void stopped_is_read_as_0_1_true_or_false() {
    assertThat(query("stopped=1").stopped("stopped").get()).isEqualTo(Option.some(true));
    assertThat(query("stopped=0").stopped("stopped").get()).isEqualTo(Option.some(false));
    assertThat(query("stopped=TRUE").stopped("stopped").get()).isEqualTo(Option.some(true));
    assertThat(query("stopped=false").stopped("stopped").get()).isEqualTo(Option.some(false));
  }

  @Test
  void stopped_refuses_other_numbers() {
    var result = query("stopped=2").stopped("stopped");

    assertThat(refusal(result).field()).isEqualTo("stopped");
  }

  @Test
  void booleans_are_true_or_false_only() {
    assertThat(query("withConfig=true").bool("withConfig").get()).isEqualTo(Option.some(true));
    assertThat(refusal(query("withConfig=1").bool("withConfig")).field()).isEqualTo("withConfig");
  }

  @Test
  void ids_are_positive_int64s() {
    assertThat(query("jobId=9223372036854775807").id("jobId").get())
        .isEqualTo(Option.some(Long.MAX_VALUE));
    assertThat(query("jobId=").id("jobId").get()).isEqualTo(Option.none());
  }

  @Test
  void ids_refuse_zero_signs_words_and_overflow() {
    for (var bad : List.of("0", "-1", "%2B5", "abc", "9223372036854775808", "1.0")) {
      assertThat(refusal(query("jobId=" + bad).id("jobId")).field()).as(bad).isEqualTo("jobId");
    }
  }

  @Test
  void paging_defaults_to_the_first_page() {
    assertThat(query("").paging(20).get()).isEqualTo(new Paging(1, 20));
  }

  @Test
  void paging_reads_both_numbers() {
    assertThat(query("pageNum=3&pageSize=100").paging(20).get()).isEqualTo(new Paging(3, 100));
  }

  @Test
  void a_page_size_beyond_the_maximum_is_refused() {
    var result = query("pageSize=1001").paging(20);

    var refusal = refusal(result);
    assertThat(refusal.field()).isEqualTo("pageSize");
    assertThat(refusal.reason()).contains("1000");
  }

  @Test
  void page_numbers_must_be_positive_int32s() {
    assertThat(refusal(query("pageNum=0").paging(20)).field()).isEqualTo("pageNum");
    assertThat(refusal(query("pageSize=-5").paging(20)).field()).isEqualTo("pageSize");
    assertThat(refusal(query("pageNum=2147483648").paging(20)).field()).isEqualTo("pageNum");
  }

  @Test
  void omitted_paging_means_all_rows_where_the_operation_allows_it() {
    assertThat(query("name=demo").pagingOrAll(10).get()).isEqualTo(Option.none());
    assertThat(query("pageSize=5").pagingOrAll(10).get()).isEqualTo(Option.some(new Paging(1, 5)));
  }

  @Test
  void times_are_read_in_the_configured_zone() {
    var time = new WireTime(ZoneId.of("Asia/Shanghai"));

    var result = form("lastDdlTimeStart", "2024-12-17 15:44:17").time("lastDdlTimeStart", time);

    assertThat(result.get()).isEqualTo(Option.some(Instant.parse("2024-12-17T07:44:17Z")));
  }

  @Test
  void a_time_in_another_format_is_refused() {
    var result =
        query("lastDdlTimeEnd=2024-12-17T15:44:17Z")
            .time("lastDdlTimeEnd", new WireTime(ZoneId.of("UTC")));

    assertThat(refusal(result).field()).isEqualTo("lastDdlTimeEnd");
  }
}
