package dev.mms.domain.plan;

import static dev.mms.domain.plan.PlannerArbitraries.DB;
import static dev.mms.domain.plan.PlannerArbitraries.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.name.TableName;
import dev.mms.domain.task.TaskId;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Measures the CPU time of the planning thread, not wall time: builds share two cores, and a
 * loaded machine would make a wall-clock bound flaky without saying anything about the planner.
 */
class PlannerPerformanceTest {

  @Test
  void a_thousand_tables_of_a_thousand_partitions_plan_in_well_under_two_seconds() {
    var tables = new ArrayList<Table>();
    var partitions = new ArrayList<Partition>();
    var live = new HashMap<PartitionId, TaskId>();
    var filters = new HashMap<TableName, String>();
    long id = 1;
    for (int t = 0; t < 1000; t++) {
      var table = PlannerArbitraries.table(t + 1, "t" + t, true);
      tables.add(table);
      if (t % 2 == 0) {
        filters.put(table.name(), "dt >= '2024-01-100' and n in (1, 2, 3) or n > 900");
      }
      for (int p = 0; p < 1000; p++) {
        var partition = PlannerArbitraries.partition(id++, table, "2024-01-" + p,
            Integer.toString(p % 10), OptionalLong.of((p * 7919L) % 100_000_000L),
            p % 3 == 0 ? MigrationStatus.DONE : MigrationStatus.INIT, p % 5 == 0, false);
        partitions.add(partition);
        if (p % 97 == 0) {
          live.put(partition.id(), new TaskId(1));
        }
      }
    }
    var request = new PlanRequest(PlannerArbitraries.withFilters(config(true), filters), DB, tables,
        partitions, live, new HashMap<>(), new GroupingLimits(50, 1_000_000_000L));

    var threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    var plan = Planner.plan(request).get();
    var elapsed = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);

    assertThat(plan.totals().partitions()).isPositive();
    assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
  }
}
