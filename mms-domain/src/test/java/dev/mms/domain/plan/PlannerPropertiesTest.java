package dev.mms.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.filter.PartitionFilter;
import dev.mms.domain.name.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlannerPropertiesTest {

  private record Key(TableName table, PartitionSpec spec) {}

  @Property(tries = 500)
  void every_selected_partition_is_in_exactly_one_task(@ForAll("requests") PlanRequest request) {
    var plan = Planner.plan(request).get();

    var ids = plan.tasks().stream().flatMap(t -> t.partitions().stream()).map(Partition::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Property(tries = 500)
  void tasks_keep_both_caps_unless_one_partition_is_oversize_alone(
      @ForAll("requests") PlanRequest request) {
    var limits = request.limits();

    var plan = Planner.plan(request).get();

    for (var task : plan.tasks().stream().filter(t -> !t.partitions().isEmpty()).toList()) {
      long bytes = task.partitions().stream().mapToLong(p -> p.size().orElse(0)).sum();
      assertThat(task.bytes()).isEqualTo(bytes);
      if (task.oversize()) {
        assertThat(task.partitions()).hasSize(1);
        assertThat(bytes).isGreaterThan(limits.maxBytes());
      } else {
        assertThat(task.partitions()).hasSizeLessThanOrEqualTo(limits.maxPartitions());
        assertThat(bytes).isLessThanOrEqualTo(limits.maxBytes());
      }
    }
  }

  @Property(tries = 500)
  void nothing_covered_by_a_live_task_is_selected(@ForAll("requests") PlanRequest request) {
    var plan = Planner.plan(request).get();

    for (var task : plan.tasks()) {
      if (task.partitions().isEmpty()) {
        assertThat(request.liveTables()).doesNotContainKey(task.table().id());
      }
      task.partitions().forEach(p -> assertThat(request.livePartitions()).doesNotContainKey(p.id()));
    }
  }

  @Property(tries = 300)
  void the_plan_does_not_depend_on_the_order_of_the_input(
      @ForAll("filteredRequests") PlanRequest request, @ForAll Random random) {
    var tables = new ArrayList<>(request.tables());
    var partitions = new ArrayList<>(request.partitions());
    Collections.shuffle(tables, random);
    Collections.shuffle(partitions, random);
    var shuffled = new PlanRequest(request.config(), request.database(), tables, partitions,
        request.livePartitions(), request.liveTables(), request.limits());

    assertThat(Planner.plan(shuffled)).isEqualTo(Planner.plan(request));
  }

  @Property(tries = 500)
  void without_filters_selected_and_skipped_partitions_are_all_live_partitions(
      @ForAll("requests") PlanRequest request) {
    var plan = Planner.plan(request).get();

    assertPartitionsAccountedFor(plan, candidates(request, false));
  }

  @Property(tries = 300)
  void with_filters_selected_and_skipped_partitions_are_those_the_filter_keeps_or_cannot_read(
      @ForAll("filteredRequests") PlanRequest request) {
    var plan = Planner.plan(request).get();

    assertPartitionsAccountedFor(plan, candidates(request, true));
  }

  @Property(tries = 500)
  void increment_leaves_out_exactly_the_unchanged_done_partitions(
      @ForAll("requests") PlanRequest request) {
    var plan = Planner.plan(request).get();

    var selected = plan.tasks().stream().flatMap(t -> t.partitions().stream()).toList();
    var expected = candidates(request, false).stream()
        .filter(p -> !request.livePartitions().containsKey(p.id()))
        .filter(p -> !request.config().increment()
            || p.status() != MigrationStatus.DONE || p.updated())
        .map(Partition::id).collect(Collectors.toSet());
    assertThat(selected.stream().map(Partition::id).collect(Collectors.toSet()))
        .isEqualTo(expected);
  }

  @Provide
  Arbitrary<PlanRequest> requests() {
    return PlannerArbitraries.requests(false);
  }

  @Provide
  Arbitrary<PlanRequest> filteredRequests() {
    return PlannerArbitraries.requests(true);
  }

  /** Live partitions of live tables that the table's filter, if any, matches or cannot read. */
  private static List<Partition> candidates(PlanRequest request, boolean applyFilters) {
    var live = request.tables().stream().filter(t -> !t.deleted())
        .collect(Collectors.toMap(Table::id, t -> t));
    var filters = request.config().partitionFilters();
    return request.partitions().stream()
        .filter(p -> !p.deleted() && live.containsKey(p.tableId()))
        .filter(p -> {
          var table = live.get(p.tableId());
          if (!applyFilters || !filters.containsKey(table.name())) {
            return true;
          }
          var outcome = PartitionFilter.parseAndCheck(table, filters.get(table.name())).get()
              .test(p.value());
          return outcome.matches() || outcome.unreadableReason().isPresent();
        })
        .toList();
  }

  private static void assertPartitionsAccountedFor(Plan plan, List<Partition> candidates) {
    var selected = new ArrayList<Key>();
    plan.tasks().forEach(t -> t.partitions().forEach(p -> selected.add(key(p))));
    var skipped = plan.skipped().stream().filter(s -> s.partition().isPresent())
        .map(s -> new Key(s.table(), s.partition().get())).toList();
    Set<Key> both = new HashSet<>(selected);
    both.retainAll(skipped);

    assertThat(both).isEmpty();
    assertThat(skipped).doesNotHaveDuplicates();
    var all = new HashSet<>(selected);
    all.addAll(skipped);
    assertThat(all).isEqualTo(candidates.stream().map(PlannerPropertiesTest::key)
        .collect(Collectors.toSet()));
  }

  private static Key key(Partition p) {
    return new Key(p.tableName(), p.value());
  }
}
