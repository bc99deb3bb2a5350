package dev.mms.benchmarks.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FilterWorkloadTest {
  private final dev.mms.domain.catalog.PartitionSpec[] specs = FilterWorkload.specs(20_000, 7);

  @Test
  void the_hand_written_seed_predicate_selects_what_the_checked_filter_selects() {
    var filter = FilterWorkload.checked(FilterWorkload.SEED);

    assertAgree(filter::test, FilterWorkload::seedByHand);
  }

  @Test
  void the_hand_written_ten_clause_predicate_selects_what_the_checked_filter_selects() {
    var filter = FilterWorkload.checked(FilterWorkload.TEN_CLAUSES);

    assertAgree(filter::test, FilterWorkload::tenClausesByHand);
  }

  @Test
  void the_specs_exercise_both_outcomes_of_each_filter() {
    for (var text : new String[] {FilterWorkload.SEED, FilterWorkload.TEN_CLAUSES}) {
      var filter = FilterWorkload.checked(text);

      long matched = Arrays.stream(specs).filter(s -> filter.test(s).matches()).count();

      assertThat(matched).as(text).isBetween(specs.length / 100L, specs.length * 99L / 100);
    }
  }

  private void assertAgree(
      java.util.function.Function<dev.mms.domain.catalog.PartitionSpec,
          dev.mms.domain.filter.FilterOutcome> filter,
      Predicate<dev.mms.domain.catalog.PartitionSpec> byHand) {
    for (var spec : specs) {
      assertThat(byHand.test(spec)).as(spec.render()).isEqualTo(filter.apply(spec).matches());
    }
  }
}
