package dev.mms.adapter.jdbc.engine;

import static dev.mms.adapter.jdbc.engine.EngineFixtures.config;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.context;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.dataSource;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.partitionColumns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.engine.EngineTestDatabases.Engine;
import dev.mms.adapter.jdbc.engine.EngineTestDatabases.TestDatabase;
import dev.mms.adapter.jdbc.source.JdbcCatalog;
import dev.mms.adapter.jdbc.source.JdbcColumn;
import dev.mms.adapter.jdbc.source.SqlDialect;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.PhaseOutcome.Step;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaPhaseTest {
  private final JdbcMigrationEngine engine = new JdbcMigrationEngine();

  static Stream<Arguments> pairs() {
    return Stream.of(Arguments.of(Engine.H2, Engine.H2),
        Arguments.of(Engine.POSTGRESQL, Engine.MARIADB),
        Arguments.of(Engine.MARIADB, Engine.POSTGRESQL),
        Arguments.of(Engine.POSTGRESQL, Engine.POSTGRESQL),
        Arguments.of(Engine.H2, Engine.POSTGRESQL));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void creates_the_destination_database_and_table_with_mapped_types(Engine from, Engine to) {
    try (var src = EngineTestDatabases.open(from); var dst = EngineTestDatabases.open(to)) {
      var ns = src.createNamespace("src");
      TestTables.create(src, ns, "events", 10);
      var dstDb = dst.uniqueName("dst");
      var ctx = context(dataSource(src, dst, partitionColumns("events", "ds")), ns, "events",
          dstDb, "events", config(Map.of(), true), List.of());

      var outcome = engine.migrateSchema(ctx);

      assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(outcome.steps()).extracting(Step::action).hasSize(3)
          .anyMatch(a -> a.startsWith("CREATE TABLE IF NOT EXISTS"))
          .last().asString().startsWith("CREATE INDEX").endsWith("(" + quote(to, "ds") + ")");
      assertThat(outcome.steps()).extracting(Step::msg).containsOnly("ok");
      var columns = columns(dst, dstDb, "events");
      assertThat(columns).extracting(JdbcColumn::name).containsExactlyElementsOf(TestTables.COLUMNS);
      assertThat(columns).extracting(JdbcColumn::displayType)
          .containsExactlyElementsOf(expectedTypes(to));
      assertThat(columns.get(0).nullable()).isFalse();
      assertThat(columns.get(1).nullable()).isTrue();
    }
  }

  @Test
  void running_again_on_the_created_table_changes_nothing_and_finds_it_compatible() {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(Engine.H2)) {
      var ns = src.createNamespace("src");
      TestTables.create(src, ns, "events", 10);
      var ctx = context(dataSource(src, dst, Map.of()), ns, "events", dst.uniqueName("dst"),
          "events", config(Map.of(), true), List.of());
      engine.migrateSchema(ctx);

      var again = engine.migrateSchema(ctx);

      assertThat(again).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(again.steps()).singleElement().satisfies(s -> {
        assertThat(s.action()).startsWith("compare");
        assertThat(s.msg()).isEqualTo("compatible");
      });
    }
  }

  @Test
  void an_existing_table_lacking_a_column_fails_naming_it_and_notes_other_differences() {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(Engine.H2)) {
      var ns = src.createNamespace("src");
      TestTables.create(src, ns, "events", 10);
      var dstDb = dst.createNamespace("dst");
      dst.execute("CREATE TABLE " + dst.qualified(dstDb, "events") + " (\"id\" VARCHAR(5),"
          + " \"ds\" DATE, \"kind\" VARCHAR(10), \"amount\" NUMERIC(12,2), \"qty\" INT,"
          + " \"flag\" BOOLEAN, \"at\" TIMESTAMP, \"note\" VARCHAR(100), \"extra\" INT)");
      var ctx = context(dataSource(src, dst, Map.of()), ns, "events", dstDb, "events",
          config(Map.of(), true), List.of());

      var outcome = engine.migrateSchema(ctx);

      assertThat(outcome).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f ->
          assertThat(f.error()).contains("lacks column(s) payload")
              .contains("extra destination columns left empty: extra")
              .contains("id BIGINT -> CHARACTER VARYING(5)"));
    }
  }

  @Test
  void with_schema_migration_off_a_missing_table_fails_and_nothing_is_created() {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(Engine.H2)) {
      var ns = src.createNamespace("src");
      TestTables.create(src, ns, "events", 10);
      var dstDb = dst.createNamespace("dst");
      var ctx = context(dataSource(src, dst, Map.of()), ns, "events", dstDb, "events",
          config(Map.of(), false), List.of());

      var outcome = engine.migrateSchema(ctx);

      assertThat(outcome).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f ->
          assertThat(f.error()).contains("does not exist and the job does not migrate schemas"));
      assertThat(columns(dst, dstDb, "events")).isEmpty();
    }
  }

  @Test
  void column_mapping_names_the_destination_columns() {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(Engine.H2)) {
      var ns = src.createNamespace("src");
      TestTables.create(src, ns, "events", 10);
      var dstDb = dst.uniqueName("dst");
      var mapping = new LinkedHashMap<String, String>();
      mapping.put("KIND", "category");
      mapping.put("note", "remark");
      var ctx = context(dataSource(src, dst, Map.of()), ns, "events", dstDb, "renamed",
          config(mapping, true), List.of());

      var outcome = engine.migrateSchema(ctx);

      assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(columns(dst, dstDb, "renamed")).extracting(JdbcColumn::name).containsExactly(
          "id", "ds", "category", "amount", "qty", "flag", "at", "remark", "payload");
    }
  }

  @Test
  void dangerous_destination_names_are_refused_before_any_sql_runs() {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(Engine.H2)) {
      var ns = src.createNamespace("src");
      TestTables.create(src, ns, "events", 10);
      var dstDb = dst.createNamespace("dst");
      dst.execute("CREATE TABLE " + dst.qualified(dstDb, "victim") + " (x INT)");
      var ctx = context(dataSource(src, dst, Map.of()), ns, "events", dstDb,
          "t\" (x INT); DROP TABLE \"" + dstDb + "\".\"victim\"; --", config(Map.of(), true),
          List.of());

      var outcome = engine.migrateSchema(ctx);

      assertThat(outcome).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f -> {
        assertThat(f.error()).contains("destination table").contains("quote");
        assertThat(f.steps()).isEmpty();
      });
      assertThat(columns(dst, dstDb, "victim")).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("dstEngines")
  void odd_destination_names_are_quoted_and_used_as_given(Engine to) {
    try (var src = EngineTestDatabases.open(Engine.H2); var dst = EngineTestDatabases.open(to)) {
      var ns = src.createNamespace("src");
      TestTables.create(src, ns, "events", 10);
      var dstDb = dst.uniqueName("it's odd-dst");
      var ctx = context(dataSource(src, dst, Map.of()), ns, "events", dstDb, "Events; 2024.v1",
          config(Map.of("id", "Row Id"), true), List.of());

      var outcome = engine.migrateSchema(ctx);

      assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
      assertThat(columns(dst, dstDb, "Events; 2024.v1")).extracting(JdbcColumn::name)
          .startsWith("Row Id", "ds");
    }
  }

  static Stream<Engine> dstEngines() {
    return Stream.of(Engine.H2, Engine.POSTGRESQL, Engine.MARIADB);
  }

  private static String quote(Engine engine, String name) {
    return engine == Engine.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
  }

  private static List<String> expectedTypes(Engine to) {
    return switch (to) {
      case H2 -> List.of("BIGINT", "DATE", "CHARACTER VARYING(10)", "NUMERIC(12,2)", "INTEGER",
          "BOOLEAN", "TIMESTAMP", "CHARACTER VARYING", "BINARY VARYING(100)");
      case POSTGRESQL -> List.of("int8", "date", "varchar(10)", "numeric(12,2)", "int4", "bool",
          "timestamp", "text", "bytea");
      case MARIADB -> List.of("BIGINT", "DATE", "VARCHAR(10)", "DECIMAL(12,2)", "INT", "BOOLEAN",
          "DATETIME", "LONGTEXT", "LONGBLOB");
    };
  }

  static List<JdbcColumn> columns(TestDatabase db, String namespace, String table) {
    try (var c = db.connect()) {
      return new JdbcCatalog(c, SqlDialect.of(db.url())).columns(namespace, table);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
