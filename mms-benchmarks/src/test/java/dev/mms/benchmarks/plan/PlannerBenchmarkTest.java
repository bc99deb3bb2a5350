package dev.mms.benchmarks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.plan.Planner;
import org.junit.jupiter.api.Test;

class PlannerBenchmarkTest {

  @Test
  void the_filter_selects_388_of_1000_partitions_per_table_packed_into_tasks_of_50() {
    var request = PlannerBenchmark.request(3, 1000);

    var plan = Planner.plan(request).get();

    // Days 15..41 with hours 6..19, and day 42, which ends at hour 15: 27 x 14 + 10.
    assertThat(plan.totals().partitions()).isEqualTo(3 * 388);
    assertThat(plan.totals().tasks()).isEqualTo(3 * 8);
    assertThat(plan.tables()).hasSize(3);
  }
}
