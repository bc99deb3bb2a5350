package dev.mms.adapter.jdbc.engine;

import static dev.mms.adapter.jdbc.engine.EngineFixtures.config;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.context;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.dataSource;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.partitionColumns;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.rows;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.with;
import static dev.mms.adapter.jdbc.engine.TestTables.D1;
import static dev.mms.adapter.jdbc.engine.TestTables.D2;
import static dev.mms.adapter.jdbc.engine.TestTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.engine.EngineTestDatabases.Engine;
import dev.mms.adapter.jdbc.engine.EngineTestDatabases.TestDatabase;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.PhaseOutcome.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataPhaseTest {
  private static final String TASK_D1 = "ds=2024-01-01";
  private static final String TASK_NULL = "ds=__HIVE_DEFAULT_PARTITION__";

  /** Five rows per batch, so every partition takes several batches. */
  private final JdbcMigrationEngine engine = new JdbcMigrationEngine(5);

  static Stream<Arguments> pairs() {
    return Stream.of(Arguments.of(Engine.H2, Engine.H2),
        Arguments.of(Engine.POSTGRESQL, Engine.MARIADB),
        Arguments.of(Engine.MARIADB, Engine.POSTGRESQL),
        Arguments.of(Engine.POSTGRESQL, Engine.POSTGRESQL),
        Arguments.of(Engine.MARIADB, Engine.MARIADB));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void replaces_exactly_the_task_partitions_and_running_again_changes_nothing(Engine from, Engine to) {
    try (var src = EngineTestDatabases.open(from); var dst = EngineTestDatabases.open(to)) {
      var fixture = Fixture.create(src, dst);
      var ctx = fixture.context(List.of(TASK_D1, TASK_NULL));
      assertThat(engine.migrateSchema(ctx)).isInstanceOf(PhaseOutcome.Succeeded.class);
      fixture.insertDestination(List.of(row(100, D1, "stale"), row(101, D2, "keep"),
          row(102, D2, "keep")));
      var moved = new ArrayList<Long>();

      var outcome = engine.migrateData(with(ctx, () -> false, moved::add));

      assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
      fixture.assertDestinationHoldsTheTaskPartitionsAndKeepsTheOthers();
      assertThat(moved).isSorted().last().isEqualTo(15L);
      assertThat(outcome.steps()).extracting(Step::msg)
          .containsExactly("deleted 1 rows", "copied 12 rows", "deleted 0 rows", "copied 3 rows",
              "ok: 15 rows in 2 partition(s)");
      assertThat(outcome.steps().get(1).action()).contains("SELECT").contains(" -> ")
          .contains(to == Engine.POSTGRESQL ? "COPY" : "INSERT INTO").endsWith("-- " + TASK_D1);

      var again = engine.migrateData(ctx);

      assertThat(again).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(again.steps()).extracting(Step::msg).startsWith("deleted 12 rows");
      fixture.assertDestinationHoldsTheTaskPartitionsAndKeepsTheOthers();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void a_failure_in_the_middle_of_a_copy_rolls_back_and_a_retry_leaves_exactly_the_right_rows(
      Engine from, Engine to) {
    try (var src = EngineTestDatabases.open(from); var dst = EngineTestDatabases.open(to)) {
      var fixture = Fixture.withNarrowDestination(src, dst, 3);
      src.execute("UPDATE " + src.qualified(fixture.srcDb, "events") + " SET "
          + src.quote("kind") + " = 'too long for three' WHERE " + src.quote("id") + " = 9");
      var ctx = fixture.context(List.of(TASK_D1, TASK_NULL));
      assertThat(engine.migrateSchema(ctx)).isInstanceOf(PhaseOutcome.Succeeded.class);
      fixture.insertDestination(List.of(row(100, D1, "old"), row(101, D2, "kep"),
          row(102, D2, "kep")));
      var before = rows(dst, fixture.dstDb, "events", "");

      var failed = engine.migrateData(ctx);

      assertThat(failed).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f -> {
        assertThat(f.error()).contains("copying " + TASK_D1).contains("rolled back");
        assertThat(f.steps()).last().satisfies(s -> assertThat(s.msg()).startsWith("failed: "));
      });
      assertThat(rows(dst, fixture.dstDb, "events", "")).isEqualTo(before);

      src.execute("UPDATE " + src.qualified(fixture.srcDb, "events") + " SET "
          + src.quote("kind") + " = 'ok' WHERE " + src.quote("id") + " = 9");
      var retried = engine.migrateData(ctx);

      assertThat(retried).isInstanceOf(PhaseOutcome.Succeeded.class);
      fixture.assertDestinationHoldsTheTaskPartitionsAndKeepsTheOthers();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void a_cancellation_after_the_first_batch_rolls_back_and_the_next_run_completes(
      Engine from, Engine to) {
    try (var src = EngineTestDatabases.open(from); var dst = EngineTestDatabases.open(to)) {
      var fixture = Fixture.create(src, dst);
      var ctx = fixture.context(List.of(TASK_D1, TASK_NULL));
      assertThat(engine.migrateSchema(ctx)).isInstanceOf(PhaseOutcome.Succeeded.class);
      fixture.insertDestination(List.of(row(100, D1, "stale"), row(101, D2, "keep")));
      var before = rows(dst, fixture.dstDb, "events", "");
      var moved = new AtomicLong();

      var cancelled = engine.migrateData(with(ctx, () -> moved.get() >= 5, moved::set));

      assertThat(cancelled).isInstanceOf(PhaseOutcome.Cancelled.class);
      assertThat(moved.get()).isEqualTo(5);
      assertThat(cancelled.steps()).last().satisfies(s -> assertThat(s.msg()).isEqualTo("cancelled"));
      assertThat(rows(dst, fixture.dstDb, "events", "")).isEqualTo(before);

      var completed = engine.migrateData(ctx);

      assertThat(completed).isInstanceOf(PhaseOutcome.Succeeded.class);
      fixture.assertDestinationHoldsTheTaskPartitionsAndKeepsTheOthers();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void a_table_without_partitions_is_replaced_whole(Engine from, Engine to) {
    try (var src = EngineTestDatabases.open(from); var dst = EngineTestDatabases.open(to)) {
      var srcDb = src.createNamespace("src");
      TestTables.create(src, srcDb, "plain", 10);
      var rows = new ArrayList<List<Object>>();
      for (long id = 1; id <= 13; id++) {
        rows.add(row(id, id % 2 == 0 ? D1 : null, "k" + id));
      }
      TestTables.insert(src, srcDb, "plain", rows);
      var dstDb = dst.uniqueName("dst");
      var ctx = context(dataSource(src, dst, Map.of()), srcDb, "plain", dstDb, "plain",
          config(Map.of(), true), List.of());
      engine.migrateSchema(ctx);
      TestTables.insert(dst, dstDb, "plain", List.of(row(100, D1, "stale"), row(101, null, "x")));

      var outcome = engine.migrateData(ctx);

      assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(outcome.steps()).extracting(Step::msg)
          .containsExactly("deleted 2 rows", "copied 13 rows", "ok: 13 rows in 1 table");
      assertThat(rows(dst, dstDb, "plain", "")).isEqualTo(rows(src, srcDb, "plain", ""));
    }
  }

  @Test
  void postgresql_list_partitions_are_copied_one_partition_at_a_time() {
    try (var src = EngineTestDatabases.open(Engine.POSTGRESQL);
        var dst = EngineTestDatabases.open(Engine.MARIADB)) {
      var srcDb = src.createNamespace("src");
      var sales = src.qualified(srcDb, "sales");
      src.execute("CREATE TABLE " + sales + " (id int, region text, amount numeric(10,2))"
              + " PARTITION BY LIST (region)",
          "CREATE TABLE " + src.qualified(srcDb, "sales_eu") + " PARTITION OF " + sales
              + " FOR VALUES IN ('eu')",
          "CREATE TABLE " + src.qualified(srcDb, "sales_other") + " PARTITION OF " + sales
              + " DEFAULT",
          "INSERT INTO " + sales + " SELECT g, CASE WHEN g % 3 = 0 THEN 'eu' WHEN g % 3 = 1"
              + " THEN 'us' END, g * 0.5 FROM generate_series(1, 60) g");
      var dstDb = dst.uniqueName("dst");
      var ctx = context(dataSource(src, dst, Map.of()), srcDb, "sales", dstDb, "sales",
          config(Map.of(), true), List.of("region=eu", "region=__HIVE_DEFAULT_PARTITION__"));
      engine.migrateSchema(ctx);

      var outcome = engine.migrateData(ctx);

      assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(rows(dst, dstDb, "sales", ""))
          .isEqualTo(rows(src, srcDb, "sales", "region = 'eu' OR region IS NULL"))
          .hasSize(40);
    }
  }

  @Test
  void without_the_destination_table_the_phase_fails_and_says_the_schema_phase_creates_it() {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(Engine.H2)) {
      var fixture = Fixture.create(src, dst);

      var outcome = engine.migrateData(fixture.context(List.of(TASK_D1)));

      assertThat(outcome).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f ->
          assertThat(f.error()).contains("does not exist; the schema phase creates it"));
    }
  }

  @Test
  void a_partition_value_the_column_cannot_hold_fails_before_anything_is_deleted() {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(Engine.H2)) {
      var fixture = Fixture.create(src, dst);

      var outcome = engine.migrateData(fixture.context(List.of("ds=yesterday")));

      assertThat(outcome).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f -> {
        assertThat(f.error()).contains("'yesterday'").contains("ds");
        assertThat(f.steps()).isEmpty();
      });
    }
  }

  /**
   * A source table {@code events} with 12 rows on 2024-01-01, 7 on 2024-01-02 and 3 with no
   * date, declared partitioned by {@code ds}, and the name of a destination database for it.
   */
  record Fixture(TestDatabase src, TestDatabase dst, String srcDb, String dstDb) {
    /** The destination database and table are left for the schema phase to create. */
    static Fixture create(TestDatabase src, TestDatabase dst) {
      return new Fixture(src, dst, sourceEvents(src), dst.uniqueName("dst"));
    }

    /** The destination table exists already, its {@code kind} narrower than the source's. */
    static Fixture withNarrowDestination(TestDatabase src, TestDatabase dst, int kindLength) {
      var dstDb = dst.createNamespace("dst");
      TestTables.create(dst, dstDb, "events", kindLength);
      return new Fixture(src, dst, sourceEvents(src), dstDb);
    }

    private static String sourceEvents(TestDatabase src) {
      var srcDb = src.createNamespace("src");
      TestTables.create(src, srcDb, "events", 20);
      var rows = new ArrayList<List<Object>>();
      for (long id = 1; id <= 22; id++) {
        rows.add(row(id, id <= 12 ? D1 : id <= 19 ? D2 : null, "k" + id % 3));
      }
      TestTables.insert(src, srcDb, "events", rows);
      return srcDb;
    }

    PhaseContext context(List<String> partitions) {
      return EngineFixtures.context(dataSource(src, dst, partitionColumns("events", "ds")), srcDb,
          "events", dstDb, "events", config(Map.of(), true), partitions);
    }

    void insertDestination(List<List<Object>> rows) {
      TestTables.insert(dst, dstDb, "events", rows);
    }

    /** The task's partitions (2024-01-01 and NULL) equal the source's; 2024-01-02 is untouched. */
    void assertDestinationHoldsTheTaskPartitionsAndKeepsTheOthers() {
      var d1 = " = DATE '2024-01-01'";
      var d2 = " = DATE '2024-01-02'";
      assertThat(rows(dst, dstDb, "events", dst.quote("ds") + d1))
          .isEqualTo(rows(src, srcDb, "events", src.quote("ds") + d1)).hasSize(12);
      assertThat(rows(dst, dstDb, "events", dst.quote("ds") + " IS NULL"))
          .isEqualTo(rows(src, srcDb, "events", src.quote("ds") + " IS NULL")).hasSize(3);
      assertThat(rows(dst, dstDb, "events", dst.quote("ds") + d2))
          .allMatch(r -> r.startsWith("101|") || r.startsWith("102|"));
    }
  }
}
