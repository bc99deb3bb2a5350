package dev.mms.domain.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.ValidationFailed;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckedFilterTest {

  private static final TableSchema SCHEMA = new TableSchema(
      List.of(Column.of("payload", "string")),
      List.of(Column.of("p1", "string"), Column.of("p2", "bigint"), Column.of("p3", "int"),
          Column.of("p4", "string"), Column.of("amount", "decimal(10,2)")),
      Optional.empty());

  private static CheckedFilter checked(String text) {
    return PartitionFilter.parse(text)
        .flatMap(f -> f.check(SCHEMA))
        .getOrElseThrow(e -> new AssertionError(e.message()));
  }

  private static InvalidPartitionFilter checkError(String text) {
    return (InvalidPartitionFilter) PartitionFilter.parse(text).flatMap(f -> f.check(SCHEMA))
        .swap().getOrElseThrow(f -> new AssertionError("checked: " + f));
  }

  private static PartitionSpec spec(String... keyValues) {
    return PartitionSpec.of(keyValues);
  }

  @Test
  void the_seed_example_selects_matching_partitions() {
    var filter = checked("p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc', 'cde')");

    assertThat(filter.test(spec("p1", "2022-03-05", "p2", "10", "p3", "0", "p4", "abc")))
        .isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p1", "2022-03-04", "p2", "1", "p3", "21", "p4", "cde")))
        .isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p1", "2022-03-03", "p2", "10", "p3", "21", "p4", "abc")))
        .isEqualTo(FilterOutcome.NO_MATCH);
    assertThat(filter.test(spec("p1", "2022-03-05", "p2", "1", "p3", "20", "p4", "abc")))
        .isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void integer_columns_compare_as_numbers_not_as_text() {
    var filter = checked("p2 > 9");

    assertThat(filter.test(spec("p2", "10"))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p2", "09"))).isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void negative_and_decimal_numbers_compare_by_value() {
    var filter = checked("amount between -1.5 and 2.25");

    assertThat(filter.test(spec("amount", "-1.50"))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("amount", "2.3"))).isEqualTo(FilterOutcome.NO_MATCH);
    assertThat(filter.test(spec("amount", "-2"))).isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void a_quoted_number_is_accepted_for_an_integer_column() {
    assertThat(checked("p2 = '10'").test(spec("p2", "10"))).isEqualTo(FilterOutcome.MATCH);
  }

  @Test
  void a_text_literal_that_is_not_a_number_is_rejected_for_an_integer_column() {
    var e = checkError("p1 = 'x' and p2 = 'abc'");

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.problem()).isEqualTo("'abc' is not a number, but column p2 is bigint; write a number");
  }

  @Test
  void a_partition_value_that_is_not_a_number_is_unreadable_not_an_error() {
    var outcome = checked("p2 = 10").test(spec("p2", "ten"));

    assertThat(outcome).isEqualTo(
        new FilterOutcome.Unreadable("value 'ten' of column p2 (bigint) is not an integer"));
    assertThat(outcome.matches()).isFalse();
  }

  @Test
  void an_unreadable_value_does_not_matter_when_the_other_side_of_or_matches() {
    var filter = checked("p2 = 10 or p1 = 'x'");

    assertThat(filter.test(spec("p1", "x", "p2", "ten"))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p1", "y", "p2", "ten")))
        .isInstanceOf(FilterOutcome.Unreadable.class);
  }

  @Test
  void a_number_compared_with_a_text_column_compares_as_its_text() {
    var filter = checked("p1 = 20220304");

    assertThat(filter.test(spec("p1", "20220304"))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p1", "020220304"))).isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void like_on_a_numeric_column_compares_the_text() {
    var filter = checked("p2 like '20%'");

    assertThat(filter.test(spec("p2", "2023"))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p2", "abc"))).isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void like_matches_percent_underscore_and_escapes() {
    assertThat(checked("p1 like '2022-__-0%'").test(spec("p1", "2022-03-04")))
        .isEqualTo(FilterOutcome.MATCH);
    assertThat(checked("p1 like '100\\\\%'").test(spec("p1", "100%")))
        .isEqualTo(FilterOutcome.MATCH);
    assertThat(checked("p1 like '100\\\\%'").test(spec("p1", "1000")))
        .isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void column_names_match_the_schema_and_the_spec_ignoring_case() {
    assertThat(checked("P1 = 'x' AND p2 = 1").test(spec("p1", "x", "P2", "1")))
        .isEqualTo(FilterOutcome.MATCH);
  }

  @Test
  void quoted_values_with_spaces_dots_colons_slashes_and_equal_signs_match_exactly() {
    var filter = checked("p1 = '2022-03-04 10:00:00.5/x=y'");

    assertThat(filter.test(spec("p1", "2022-03-04 10:00:00.5/x=y"))).isEqualTo(FilterOutcome.MATCH);
  }

  @Test
  void the_empty_value_is_matched_by_the_empty_string() {
    var filter = checked("p1 = ''");

    assertThat(filter.test(spec("p1", ""))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p1", " "))).isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void a_spec_without_the_column_does_not_match() {
    assertThat(checked("p1 = 'x'").test(spec("p2", "1"))).isEqualTo(FilterOutcome.NO_MATCH);
    assertThat(checked("p1 not in ('x')").test(spec("p2", "1"))).isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void is_null_matches_a_missing_value_and_the_hive_default_partition() {
    var filter = checked("p2 is null");

    assertThat(filter.test(spec("p1", "x"))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p2", "__HIVE_DEFAULT_PARTITION__"))).isEqualTo(FilterOutcome.MATCH);
    assertThat(filter.test(spec("p2", "1"))).isEqualTo(FilterOutcome.NO_MATCH);
    assertThat(checked("p2 = 1").test(spec("p2", "__HIVE_DEFAULT_PARTITION__")))
        .isEqualTo(FilterOutcome.NO_MATCH);
  }

  @Test
  void an_unknown_column_is_reported_with_the_partition_columns() {
    var e = checkError("p1 = 'x' and\n  payload = 'y'");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.problem())
        .isEqualTo("unknown column payload; the partition columns are p1, p2, p3, p4, amount");
  }

  @Test
  void every_semantic_problem_is_reported_at_once() {
    var result = PartitionFilter.parse("nope = 1 or p2 in (1, 'x', 'y')").flatMap(f -> f.check(SCHEMA));

    var error = (ValidationFailed) result.getLeft();
    assertThat(error.problems()).extracting(p -> ((InvalidPartitionFilter) p).column())
        .containsExactly(1, 23, 28);
  }

  @Test
  void a_filter_on_a_table_without_partition_columns_says_so() {
    var unpartitioned = new TableSchema(List.of(Column.of("c", "int")), List.of(), Optional.empty());

    var error = PartitionFilter.parse("c = 1").flatMap(f -> f.check(unpartitioned)).getLeft();

    assertThat(((InvalidPartitionFilter) error).problem())
        .isEqualTo("unknown column c; the table has no partition columns");
  }
}
