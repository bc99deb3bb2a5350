package dev.mms.adapter.jdbc.engine;

import static dev.mms.adapter.jdbc.engine.EngineFixtures.config;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.context;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.dataSource;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.partitionColumns;
import static dev.mms.adapter.jdbc.engine.TestTables.D1;
import static dev.mms.adapter.jdbc.engine.TestTables.D2;
import static dev.mms.adapter.jdbc.engine.TestTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.engine.EngineTestDatabases.Engine;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.PhaseOutcome.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifyPhaseTest {
  private final JdbcMigrationEngine engine = new JdbcMigrationEngine();

  static Stream<Arguments> pairs() {
    return Stream.of(Arguments.of(Engine.H2, Engine.H2),
        Arguments.of(Engine.POSTGRESQL, Engine.MARIADB),
        Arguments.of(Engine.MARIADB, Engine.POSTGRESQL));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void counts_every_partition_on_both_sides_and_fails_when_one_differs(Engine from, Engine to) {
    try (var src = EngineTestDatabases.open(from); var dst = EngineTestDatabases.open(to)) {
      var srcDb = src.createNamespace("src");
      TestTables.create(src, srcDb, "events", 10);
      var rows = new ArrayList<List<Object>>();
      for (long id = 1; id <= 9; id++) {
        rows.add(row(id, id <= 5 ? D1 : id <= 7 ? D2 : null, "k"));
      }
      TestTables.insert(src, srcDb, "events", rows);
      var dstDb = dst.uniqueName("dst");
      var ctx = context(dataSource(src, dst, partitionColumns("events", "ds")), srcDb, "events",
          dstDb, "events", config(Map.of(), true),
          List.of("ds=2024-01-01", "ds=2024-01-02", "ds=__HIVE_DEFAULT_PARTITION__"));
      engine.migrateSchema(ctx);
      engine.migrateData(ctx);

      var matching = engine.verify(ctx);

      assertThat(matching).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(matching.steps()).extracting(Step::msg).containsExactly(
          "count src=5, dst=5", "count src=2, dst=2", "count src=2, dst=2");
      assertThat(matching.steps().get(0).action()).startsWith("SELECT COUNT(*) FROM ")
          .endsWith("-- ds=2024-01-01");

      dst.execute("DELETE FROM " + dst.qualified(dstDb, "events") + " WHERE "
          + dst.quote("id") + " = 6");
      var differing = engine.verify(ctx);

      assertThat(differing).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f -> {
        assertThat(f.error()).isEqualTo(
            "row counts differ in 1 of 3 slice(s): ds=2024-01-02 (src=2, dst=1)");
        assertThat(f.steps()).extracting(Step::msg).containsExactly(
            "count src=5, dst=5", "count src=2, dst=1", "count src=2, dst=2");
      });
    }
  }
}
