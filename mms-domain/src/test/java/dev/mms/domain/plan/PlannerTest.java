package dev.mms.domain.plan;

import static dev.mms.domain.plan.PlannerArbitraries.DB;
import static dev.mms.domain.plan.PlannerArbitraries.T0;
import static dev.mms.domain.plan.PlannerArbitraries.config;
import static dev.mms.domain.plan.PlannerArbitraries.partition;
import static dev.mms.domain.plan.PlannerArbitraries.request;
import static dev.mms.domain.plan.PlannerArbitraries.table;
import static dev.mms.domain.plan.PlannerArbitraries.withFilters;
import static dev.mms.domain.plan.PlannerArbitraries.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.ValidationFailed;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.name.TableName;
import dev.mms.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Table orders = table(1, "orders", true);
  private final Table users = table(2, "users", false);
  private final Table logs = table(3, "logs", true);

  private static JobConfig lists(List<String> tables, List<String> white, List<String> black,
      List<Long> partitions, Map<String, String> mapping) {
    var d = config(true);
    return new JobConfig(names(tables), partitions.stream().map(PartitionId::new).toList(),
        names(white), names(black), d.partitionFilters(),
        mapping.entrySet().stream().collect(Collectors.toMap(
            e -> new TableName(e.getKey()), e -> new TableName(e.getValue()))),
        d.columnMapping(), d.increment(), d.enableVerification(), d.enableSchemaMigration(),
        d.enableDataMigration(), d.schemaOnly(), d.taskType(), d.tunnelQuota(), d.others());
  }

  private static List<TableName> names(List<String> names) {
    return names.stream().map(TableName::new).toList();
  }

  private static List<String> tableNames(Plan plan) {
    return plan.tables().stream().map(t -> t.name().value()).toList();
  }

  private static Plan plan(PlanRequest request) {
    return Planner.plan(request).getOrElseThrow(e -> new AssertionError(e.message()));
  }

  private static DomainError error(PlanRequest request) {
    return Planner.plan(request).swap().getOrElseThrow(p -> new AssertionError("planned " + p));
  }

  private static List<String> skippedReasons(Plan plan) {
    return plan.skipped().stream().map(s -> s.table() + s.partition().map(p -> "/" + p).orElse("")
        + ": " + s.reason()).toList();
  }

  private List<Partition> oneEach() {
    return List.of(partition(10, orders, "2024-01-01", 5), partition(20, logs, "2024-01-01", 5));
  }

  @Test
  void database_scope_takes_every_live_table_of_the_database() {
    var gone = PlannerArbitraries.deleted(table(4, "gone", false));

    var plan = plan(request(config(true), List.of(users, orders, logs, gone), oneEach()));

    assertThat(tableNames(plan)).containsExactly("logs", "orders", "users");
    assertThat(plan.totals()).isEqualTo(new Plan.Totals(3, 2, 110, 110, 3));
  }

  @Test
  void the_blacklist_removes_tables() {
    var plan = plan(request(lists(List.of(), List.of(), List.of("logs"), List.of(), Map.of()),
        List.of(users, orders, logs), oneEach()));

    assertThat(tableNames(plan)).containsExactly("orders", "users");
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void the_whitelist_narrows_when_no_blacklist_is_given() {
    var plan = plan(request(lists(List.of(), List.of("users"), List.of(), List.of(), Map.of()),
        List.of(users, orders, logs), oneEach()));

    assertThat(tableNames(plan)).containsExactly("users");
  }

  @Test
  void the_blacklist_wins_over_the_whitelist_with_a_warning() {
    var plan = plan(request(
        lists(List.of(), List.of("users"), List.of("logs"), List.of(), Map.of()),
        List.of(users, orders, logs), oneEach()));

    assertThat(tableNames(plan)).containsExactly("orders", "users");
    assertThat(plan.warnings())
        .containsExactly("tableWhiteList is ignored because tableBlackList is also given");
  }

  @Test
  void tables_scope_reports_all_unknown_tables_in_one_error() {
    var e = error(request(lists(List.of("users", "nope", "also_nope"), List.of(), List.of(),
        List.of(), Map.of()), List.of(users, orders), oneEach()));

    assertThat(e.message()).isEqualTo("tables: not tables of database sales: also_nope, nope");
  }

  @Test
  void tables_scope_takes_only_the_listed_tables() {
    var plan = plan(request(lists(List.of("orders"), List.of(), List.of(), List.of(), Map.of()),
        List.of(users, orders, logs), oneEach()));

    assertThat(tableNames(plan)).containsExactly("orders");
  }

  @Test
  void partitions_scope_takes_only_the_listed_partitions() {
    var partitions = List.of(partition(10, orders, "2024-01-01", 5),
        partition(11, orders, "2024-01-02", 5), partition(20, logs, "2024-01-01", 5));

    var plan = plan(request(lists(List.of(), List.of(), List.of(), List.of(11L), Map.of()),
        List.of(users, orders, logs), partitions));

    assertThat(plan.tasks()).singleElement()
        .satisfies(t -> assertThat(t.partitions()).extracting(Partition::id)
            .containsExactly(new PartitionId(11)));
  }

  @Test
  void partitions_scope_rejects_ids_of_other_databases_listing_them() {
    var e = error(request(lists(List.of(), List.of(), List.of(), List.of(10L, 99L, 98L), Map.of()),
        List.of(orders), List.of(partition(10, orders, "2024-01-01", 5))));

    assertThat(e.message()).isEqualTo("partitions: not partitions of database sales: 98, 99");
  }

  @Test
  void a_filter_on_a_table_out_of_scope_is_an_error_naming_the_table() {
    var config = withFilters(lists(List.of("orders"), List.of(), List.of(), List.of(), Map.of()),
        Map.of(new TableName("logs"), "n = 1"));

    var e = error(request(config, List.of(orders, logs), oneEach()));

    assertThat(e.message())
        .isEqualTo("partitionFilters: table logs has a filter but is not in the job's scope");
  }

  @Test
  void every_filter_problem_is_reported_at_once_and_names_its_table() {
    var config = withFilters(config(true), Map.of(
        new TableName("orders"), "n = 1 and (dt = 'x' or",
        new TableName("logs"), "hour = 3",
        new TableName("users"), "n = 1",
        new TableName("missing"), "n = 1"));

    var e = (ValidationFailed) error(request(config, List.of(orders, logs, users), oneEach()));

    assertThat(e.problems()).extracting(DomainError::message).containsExactly(
        "partition filter of table logs at line 1, column 1: unknown column hour; "
            + "the partition columns are dt, n",
        "partitionFilters: table missing has a filter but is not in the job's scope",
        "partition filter of table orders at line 1, column 23: "
            + "expected a column name, found end of input",
        "partition filter of table users at line 1, column 1: unknown column n; "
            + "the table has no partition columns");
    assertThat(e.problems().get(0)).isInstanceOf(InvalidPartitionFilter.class);
  }

  @Test
  void a_filter_that_selects_nothing_skips_its_table_without_failing_the_job() {
    var config = withFilters(config(true), Map.of(new TableName("orders"), "n > 100"));

    var plan = plan(request(config, List.of(orders, logs), oneEach()));

    assertThat(tableNames(plan)).containsExactly("logs");
    assertThat(skippedReasons(plan))
        .containsExactly("orders: the partition filter n > 100 selects no partition");
  }

  @Test
  void a_partition_whose_value_the_filter_cannot_read_is_skipped_with_the_reason() {
    var config = withFilters(config(true), Map.of(new TableName("orders"), "n >= 1"));
    var partitions = List.of(
        partition(10, orders, "2024-01-01", "2", OptionalLong.of(1), MigrationStatus.INIT, false, false),
        partition(11, orders, "2024-01-02", "two", OptionalLong.of(1), MigrationStatus.INIT, false,
            false));

    var plan = plan(request(config, List.of(orders), partitions));

    assertThat(plan.totals().partitions()).isEqualTo(1);
    assertThat(skippedReasons(plan)).containsExactly("orders/dt=2024-01-02/n=two: the partition "
        + "filter cannot read it: value 'two' of column n (int) is not an integer");
  }

  @Test
  void the_destination_is_the_mapping_else_the_catalog_name_else_the_source_name() {
    var renamed = table(4, "renamed", false).withDestination(Optional.empty(), Optional.empty(),
        Optional.of("renamed_dst"), T0);
    var config = lists(List.of(), List.of(), List.of(), List.of(), Map.of("users", "users_v2"));

    var plan = plan(request(config, List.of(users, renamed, logs), oneEach()));

    assertThat(plan.tasks()).extracting(PlannedTask::dstTableName)
        .containsExactly("logs", "renamed_dst", "users_v2");
  }

  @Test
  void two_sources_mapped_onto_one_destination_are_an_error() {
    var config = lists(List.of(), List.of(), List.of(), List.of(), Map.of("users", "Orders"));

    var e = error(request(config, List.of(users, orders), oneEach()));

    assertThat(e.message()).isEqualTo(
        "tableMapping: tables orders, users would all be written to destination table orders");
  }

  @Test
  void increment_takes_init_failed_and_updated_partitions_and_skips_unchanged_done_ones() {
    var partitions = List.of(
        partition(1, orders, "d1", "1", OptionalLong.of(1), MigrationStatus.INIT, false, false),
        partition(2, orders, "d2", "1", OptionalLong.of(1), MigrationStatus.FAILED, false, false),
        partition(3, orders, "d3", "1", OptionalLong.of(1), MigrationStatus.DONE, true, false),
        partition(4, orders, "d4", "1", OptionalLong.of(1), MigrationStatus.DONE, false, false));

    var plan = plan(request(config(true), List.of(orders), partitions));

    assertThat(plan.tasks().get(0).partitions()).extracting(p -> p.id().value())
        .containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(skippedReasons(plan))
        .containsExactly("orders/dt=d4/n=1: already migrated (DONE) and not updated since");
  }

  @Test
  void without_increment_done_partitions_are_taken_again() {
    var partitions = List.of(
        partition(4, orders, "d4", "1", OptionalLong.of(1), MigrationStatus.DONE, false, false));

    var plan = plan(request(config(false), List.of(orders), partitions));

    assertThat(plan.totals().partitions()).isEqualTo(1);
  }

  @Test
  void a_tables_skipped_partitions_are_listed_in_value_order_whatever_the_reason() {
    var config = withFilters(config(false), Map.of(new TableName("orders"), "n >= 1"));
    var partitions = List.of(
        partition(13, orders, "2024-01-04", "two", OptionalLong.of(1), MigrationStatus.INIT, false,
            false),
        partition(12, orders, "2024-01-03", "3", OptionalLong.of(1), MigrationStatus.INIT, false,
            false),
        partition(11, orders, "2024-01-02", "0", OptionalLong.of(1), MigrationStatus.INIT, false,
            false),
        partition(10, orders, "2024-01-01", "one", OptionalLong.of(1), MigrationStatus.INIT, false,
            false));
    var request = new PlanRequest(config, DB, List.of(orders), partitions,
        Map.of(new PartitionId(12), new TaskId(7)), Map.of(), GroupingLimits.DEFAULT);

    var plan = plan(request);

    assertThat(skippedReasons(plan)).containsExactly(
        "orders/dt=2024-01-01/n=one: the partition filter cannot read it: value 'one' of column n"
            + " (int) is not an integer",
        "orders/dt=2024-01-03/n=3: in live task 7",
        "orders/dt=2024-01-04/n=two: the partition filter cannot read it: value 'two' of column n"
            + " (int) is not an integer");
  }

  @Test
  void partitions_and_tables_in_a_live_task_are_skipped_naming_the_task() {
    var partitions = List.of(partition(10, orders, "2024-01-01", 5));
    var request = new PlanRequest(config(false), DB, List.of(orders, users), partitions,
        Map.of(new PartitionId(10), new TaskId(7)), Map.of(users.id(), new TaskId(8)),
        GroupingLimits.DEFAULT);

    var plan = plan(request);

    assertThat(plan.tasks()).isEmpty();
    assertThat(skippedReasons(plan)).containsExactly(
        "orders/dt=2024-01-01/n=1: in live task 7", "users: in live task 8");
  }

  @Test
  void a_non_partitioned_table_is_one_task_without_partitions() {
    var plan = plan(request(config(true), List.of(users), List.of()));

    assertThat(plan.tasks()).containsExactly(
        new PlannedTask(users, "users", List.of(), 100, 10, false));
  }

  @Test
  void an_unchanged_done_table_is_skipped_under_increment() {
    var done = withStatus(users, MigrationStatus.DONE, false);

    var plan = plan(request(config(true), List.of(done), List.of()));

    assertThat(skippedReasons(plan))
        .containsExactly("users: already migrated (DONE) and not updated since");
  }

  @Test
  void groups_are_packed_first_fit_by_decreasing_size() {
    var partitions = List.of(partition(1, orders, "a", 2), partition(2, orders, "b", 6),
        partition(3, orders, "c", 3), partition(4, orders, "d", 5), partition(5, orders, "e", 4));
    var request = new PlanRequest(config(true), DB, List.of(orders), partitions, Map.of(), Map.of(),
        new GroupingLimits(50, 10));

    var plan = plan(request);

    assertThat(plan.tasks()).extracting(t -> t.partitions().stream()
        .map(p -> p.size().getAsLong()).toList())
        .containsExactly(List.of(6L, 4L), List.of(5L, 3L, 2L));
  }

  @Test
  void a_partition_over_the_byte_cap_is_a_flagged_group_of_its_own() {
    var partitions = List.of(partition(1, orders, "a", 15), partition(2, orders, "b", 3));
    var request = new PlanRequest(config(true), DB, List.of(orders), partitions, Map.of(), Map.of(),
        new GroupingLimits(50, 10));

    var plan = plan(request);

    assertThat(plan.tasks()).extracting(PlannedTask::oversize, t -> t.partitions().size())
        .containsExactly(tuple(true, 1), tuple(false, 1));
  }

  @Test
  void unknown_sizes_count_only_against_the_partition_cap() {
    var partitions = List.of(
        partition(1, orders, "a", "1", OptionalLong.empty(), MigrationStatus.INIT, false, false),
        partition(2, orders, "b", "1", OptionalLong.empty(), MigrationStatus.INIT, false, false),
        partition(3, orders, "c", "1", OptionalLong.empty(), MigrationStatus.INIT, false, false));
    var request = new PlanRequest(config(true), DB, List.of(orders), partitions, Map.of(), Map.of(),
        new GroupingLimits(2, 1));

    var plan = plan(request);

    assertThat(plan.tasks()).extracting(t -> t.partitions().stream()
        .map(p -> p.value().value("dt").orElseThrow()).toList())
        .containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void a_partitioned_table_without_partitions_is_skipped() {
    var plan = plan(request(config(true), List.of(orders), List.of()));

    assertThat(skippedReasons(plan)).containsExactly("orders: has no partitions");
  }

  @Test
  void a_skipped_partition_carries_its_spec() {
    var done = partition(4, orders, "d4", "1", OptionalLong.of(1), MigrationStatus.DONE, false,
        false);

    var plan = plan(request(config(true), List.of(orders), List.of(done)));

    assertThat(plan.skipped()).containsExactly(new Skipped(orders.name(),
        Optional.of(PartitionSpec.of("dt", "d4", "n", "1")),
        "already migrated (DONE) and not updated since"));
  }
}
