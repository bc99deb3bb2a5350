package dev.mms.adapter.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.PageParams;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.ValidationFailed;
import io.vavr.control.Either;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  private static QueryParams query(String raw) {
    return QueryParams.parse(raw).get();
  }

  /** A query as the SDKs put it on the wire: the value form-encoded. */
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

    assertThat(params.read(r -> r.text("name")).get()).contains("migrate db*~1");
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
  void parameters_nobody_reads_are_ignored() {
    var params = query("whatever=%5B1&pageSize=5");

    assertThat(params.read(QueryParams.Reader::page).get())
        .isEqualTo(new PageParams(Optional.empty(), Optional.of(5)));
  }

  @Test
  void a_scalar_given_twice_is_refused() {
    var result = query("name=a&name=b").read(r -> r.text("name"));

    assertThat(refusal(result).field()).isEqualTo("name");
  }

  @Test
  void every_refused_parameter_is_reported_at_once() {
    var result =
        query("jobId=x&stopped=2").read(r -> List.of(r.int64("jobId"), r.stopped("stopped")));

    var problems = ((ValidationFailed) result.getLeft()).problems();
    assertThat(problems)
        .extracting(p -> ((InvalidValue) p).field())
        .containsExactly("jobId", "stopped");
  }

  @Test
  void dotted_sorters_are_read_in_wire_order() {
    var params = query("sorter.status=DESC&pageNum=1&sorter.startTime=asc");

    assertThat(params.read(QueryParams.Reader::sorter).get())
        .containsExactly(Map.entry("status", "DESC"), Map.entry("startTime", "asc"));
  }

  @Test
  void the_json_sorter_of_list_mms_dbs_is_read() {
    var params = form("sorter", "{\"numRows\":\"desc\",\"size\":\"asc\"}");

    assertThat(params.read(QueryParams.Reader::sorter).get())
        .containsExactly(Map.entry("numRows", "desc"), Map.entry("size", "asc"));
  }

  @Test
  void a_json_sorter_that_is_not_an_object_is_refused() {
    var result = form("sorter", "[\"numRows\"]").read(QueryParams.Reader::sorter);

    assertThat(refusal(result).field()).isEqualTo("sorter");
  }

  @Test
  void a_json_sorter_with_a_value_that_is_not_text_is_refused_naming_the_key() {
    var result = form("sorter", "{\"numRows\":1}").read(QueryParams.Reader::sorter);

    assertThat(refusal(result).field()).isEqualTo("sorter.numRows");
  }

  @Test
  void a_json_array_list_filter_is_read() {
    var params = form("status", "[\"DONE\",\"FAILED\"]");

    assertThat(params.read(r -> r.list("status")).get()).containsExactly("DONE", "FAILED");
  }

  @Test
  void a_bare_or_repeated_list_filter_is_read() {
    assertThat(query("status=PART_DONE").read(r -> r.list("status")).get())
        .containsExactly("PART_DONE");
    assertThat(query("status=INIT&status=DONE").read(r -> r.list("status")).get())
        .containsExactly("INIT", "DONE");
  }

  @Test
  void an_absent_or_empty_list_filter_is_no_filter() {
    assertThat(query("").read(r -> r.list("status")).get()).isEmpty();
    assertThat(query("status=").read(r -> r.list("status")).get()).isEmpty();
    assertThat(form("status", "[]").read(r -> r.list("status")).get()).isEmpty();
  }

  @Test
  void a_list_filter_that_is_not_an_array_of_strings_is_refused() {
    assertThat(refusal(form("status", "[1,2]").read(r -> r.list("status"))).field())
        .isEqualTo("status");
    assertThat(refusal(form("status", "[\"DONE\"").read(r -> r.list("status"))).field())
        .isEqualTo("status");
  }

  @Test
  void stopped_is_read_as_0_1_true_or_false() {
    assertThat(query("stopped=1").read(r -> r.stopped("stopped")).get()).contains(true);
    assertThat(query("stopped=0").read(r -> r.stopped("stopped")).get()).contains(false);
    assertThat(query("stopped=TRUE").read(r -> r.stopped("stopped")).get()).contains(true);
    assertThat(query("stopped=false").read(r -> r.stopped("stopped")).get()).contains(false);
  }

  @Test
  void stopped_refuses_other_numbers() {
    var result = query("stopped=2").read(r -> r.stopped("stopped"));

    assertThat(refusal(result).field()).isEqualTo("stopped");
  }

  @Test
  void booleans_are_true_or_false_only() {
    assertThat(query("withConfig=true").read(r -> r.bool("withConfig")).get()).contains(true);
    assertThat(refusal(query("withConfig=1").read(r -> r.bool("withConfig"))).field())
        .isEqualTo("withConfig");
  }

  @Test
  void int64s_are_read_and_an_empty_value_is_absent() {
    assertThat(query("jobId=9223372036854775807").read(r -> r.int64("jobId")).get())
        .contains(Long.MAX_VALUE);
    assertThat(query("jobId=-3").read(r -> r.int64("jobId")).get()).contains(-3L);
    assertThat(query("jobId=").read(r -> r.int64("jobId")).get()).isEmpty();
  }

  @Test
  void int64s_refuse_words_fractions_plus_signs_and_overflow() {
    for (var bad : List.of("abc", "1.0", "%2B5", "9223372036854775808", "1e3")) {
      assertThat(refusal(query("jobId=" + bad).read(r -> r.int64("jobId"))).field())
          .as(bad)
          .isEqualTo("jobId");
    }
  }

  @Test
  void paging_is_passed_on_as_given() {
    assertThat(query("").read(QueryParams.Reader::page).get()).isEqualTo(PageParams.DEFAULT);
    assertThat(query("pageNum=3&pageSize=5000").read(QueryParams.Reader::page).get())
        .isEqualTo(PageParams.of(3, 5000));
  }

  @Test
  void page_numbers_must_be_int32s() {
    var result = query("pageNum=2147483648").read(QueryParams.Reader::page);

    assertThat(refusal(result).field()).isEqualTo("pageNum");
  }

  @Test
  void times_are_read_in_the_configured_zone() {
    var time = new WireTime(ZoneId.of("Asia/Shanghai"));

    var result =
        form("lastDdlTimeStart", "2024-12-17 15:44:17")
            .read(r -> r.time("lastDdlTimeStart", time))
            .get();

    assertThat(result).contains(Instant.parse("2024-12-17T07:44:17Z"));
  }

  @Test
  void a_time_in_another_format_is_refused() {
    var result =
        query("lastDdlTimeEnd=2024-12-17T15:44:17Z")
            .read(r -> r.time("lastDdlTimeEnd", new WireTime(ZoneId.of("UTC"))));

    assertThat(refusal(result).field()).isEqualTo("lastDdlTimeEnd");
  }
}
