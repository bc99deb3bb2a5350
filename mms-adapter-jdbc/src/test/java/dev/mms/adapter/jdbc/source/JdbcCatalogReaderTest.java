package dev.mms.adapter.jdbc.source;

import static dev.mms.adapter.jdbc.engine.EngineFixtures.dataSource;
import static dev.mms.adapter.jdbc.engine.EngineFixtures.partitionColumns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.jdbc.engine.EngineTestDatabases;
import dev.mms.adapter.jdbc.engine.EngineTestDatabases.Engine;
import dev.mms.adapter.jdbc.engine.EngineTestDatabases.TestDatabase;
import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.ScannedDatabase;
import dev.mms.domain.catalog.ScannedPartition;
import dev.mms.domain.catalog.ScannedTable;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSourceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcCatalogReaderTest {
  private final JdbcCatalogReader reader = new JdbcCatalogReader();

  @Test
  void supports_only_jdbc_sources() {
    assertThat(reader.supports(DataSourceType.JDBC)).isTrue();
    assertThat(reader.supports(DataSourceType.MOCK)).isFalse();
  }

  @Test
  void reads_schemas_tables_columns_and_declared_partitions_on_h2() {
    try (var db = EngineTestDatabases.open(Engine.H2)) {
      var ns = db.createNamespace("sales");
      db.execute(
          "CREATE TABLE " + db.quote(ns) + ".ORDERS (ID BIGINT NOT NULL, AMOUNT NUMERIC(12,2),"
              + " NOTE VARCHAR(40) DEFAULT 'none', DS DATE, REGION VARCHAR(8))",
          "COMMENT ON TABLE " + db.quote(ns) + ".ORDERS IS 'customer orders'",
          "INSERT INTO " + db.quote(ns) + ".ORDERS VALUES (1, 1.50, 'a', DATE '2024-01-01', 'eu'),"
              + " (2, 2.50, 'b', DATE '2024-01-01', 'eu'), (3, 3.50, 'c', DATE '2024-01-01', 'eu'),"
              + " (4, 4.00, 'd', DATE '2024-01-01', 'us'), (5, 5.00, 'e', DATE '2024-01-01', 'us'),"
              + " (6, 6.00, 'f', DATE '2024-01-02', 'eu'), (7, 7.00, 'g', NULL, 'eu')",
          "CREATE TABLE " + db.quote(ns) + ".PLAIN (K INT)",
          "INSERT INTO " + db.quote(ns) + ".PLAIN VALUES (1), (2), (3), (4)");
      var source = dataSource(db, db, partitionColumns("orders", "ds, region"));
      var progress = new ArrayList<Integer>();

      var snapshot = reader.read(source, ScanScope.WHOLE_SOURCE, progress::add);

      assertThat(snapshot.databases()).extracting(d -> d.name().value()).contains("PUBLIC", ns)
          .noneMatch(n -> n.equalsIgnoreCase("INFORMATION_SCHEMA"));
      var orders = table(snapshot, ns, "ORDERS");
      assertThat(orders.type()).isEqualTo("TABLE");
      assertThat(orders.schema().comment()).contains("customer orders");
      assertThat(orders.schema().columns()).containsExactly(
          new Column(new dev.mms.domain.name.ColumnName("ID"), "BIGINT", Optional.empty(),
              Optional.empty(), false),
          Column.of("AMOUNT", "NUMERIC(12,2)"),
          new Column(new dev.mms.domain.name.ColumnName("NOTE"), "CHARACTER VARYING(40)",
              Optional.empty(), Optional.of("'none'"), true));
      assertThat(orders.schema().partitionColumns()).containsExactly(
          Column.of("DS", "DATE"), Column.of("REGION", "CHARACTER VARYING(8)"));
      assertThat(orders.partitions()).containsExactly(
          partition("DS=2024-01-01/REGION=eu", 3),
          partition("DS=2024-01-01/REGION=us", 2),
          partition("DS=2024-01-02/REGION=eu", 1),
          partition("DS=__HIVE_DEFAULT_PARTITION__/REGION=eu", 1));
      assertThat(orders.numRows()).hasValue(7);
      var plain = table(snapshot, ns, "PLAIN");
      assertThat(plain.schema().partitioned()).isFalse();
      assertThat(plain.numRows()).hasValue(4);
      assertThat(plain.partitions()).isEmpty();
      assertThat(progress).startsWith(0).endsWith(10_000).isSorted();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void declared_partition_columns_give_one_partition_per_distinct_value_with_sizes_where_known(
      Engine engine) {
    try (var db = EngineTestDatabases.open(engine)) {
      var ns = db.createNamespace("events");
      var table = db.qualified(ns, "events");
      db.execute("CREATE TABLE " + table + " (" + db.quote("id") + " INT, " + db.quote("kind")
          + " VARCHAR(10), " + db.quote("ds") + " DATE, " + db.quote("amount")
          + " DECIMAL(10,2))");
      var rows = new ArrayList<List<Object>>();
      for (int i = 0; i < 30; i++) {
        rows.add(Arrays.asList(i, i % 2 == 0 ? "click" : "view",
            LocalDate.of(2024, 1, 1 + i % 3), new BigDecimal(i + ".25")));
      }
      db.insert(table, List.of("id", "kind", "ds", "amount"), rows);
      var source = dataSource(db, db, partitionColumns(ns + ".events", "ds"));

      var snapshot = reader.read(source, new ScanScope(Optional.of(new DatabaseName(ns)),
          List.of()), p -> { });

      var events = table(snapshot, ns, "events");
      assertThat(events.schema().partitionColumns()).extracting(c -> c.name().value())
          .containsExactly("ds");
      assertThat(events.schema().columns()).extracting(c -> c.name().value())
          .containsExactly("id", "kind", "amount");
      assertThat(events.partitions()).extracting(p -> p.spec().render(), p -> p.numRows())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ds=2024-01-01", OptionalLong.of(10)),
              org.assertj.core.groups.Tuple.tuple("ds=2024-01-02", OptionalLong.of(10)),
              org.assertj.core.groups.Tuple.tuple("ds=2024-01-03", OptionalLong.of(10)));
      if (engine == Engine.H2) {
        assertThat(events.partitions()).allMatch(p -> p.size().isEmpty());
      } else {
        assertThat(events.partitions()).allMatch(p -> p.size().orElse(0) > 0);
        assertThat(events.size()).isPresent();
      }
    }
  }

  @Test
  void postgresql_list_partitions_are_found_by_themselves() {
    try (var db = EngineTestDatabases.open(Engine.POSTGRESQL)) {
      var ns = db.createNamespace("list");
      db.execute(
          "CREATE TABLE " + db.quote(ns) + ".sales (id int, amount numeric(10,2), region text)"
              + " PARTITION BY LIST (region)",
          "CREATE TABLE " + db.quote(ns) + ".sales_eu PARTITION OF " + db.quote(ns)
              + ".sales FOR VALUES IN ('eu', 'uk')",
          "CREATE TABLE " + db.quote(ns) + ".sales_us PARTITION OF " + db.quote(ns)
              + ".sales FOR VALUES IN ('us')",
          "INSERT INTO " + db.quote(ns) + ".sales SELECT g, g * 1.5, CASE g % 4 WHEN 0 THEN 'eu'"
              + " WHEN 1 THEN 'uk' ELSE 'us' END FROM generate_series(1, 400) g");
      var source = dataSource(db, db, Map.of());

      var snapshot = reader.read(source, new ScanScope(Optional.of(new DatabaseName(ns)),
          List.of()), p -> { });

      assertThat(snapshot.databases().get(0).tables()).extracting(t -> t.name().value())
          .containsExactly("sales");
      var sales = table(snapshot, ns, "sales");
      assertThat(sales.type()).isEqualTo("PARTITIONED TABLE");
      assertThat(sales.schema().partitionColumns()).containsExactly(Column.of("region", "text"));
      assertThat(sales.partitions()).extracting(p -> p.spec().render(), p -> p.numRows())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("region=eu", OptionalLong.of(100)),
              org.assertj.core.groups.Tuple.tuple("region=uk", OptionalLong.of(100)),
              org.assertj.core.groups.Tuple.tuple("region=us", OptionalLong.of(200)));
      long partitionBytes = sales.partitions().stream().mapToLong(p -> p.size().orElseThrow()).sum();
      assertThat(partitionBytes).isEqualTo(sales.size().orElseThrow());
      assertThat(sales.numRows()).hasValue(400);
    }
  }

  @Test
  void white_and_black_lists_and_the_scan_scope_limit_what_is_read() {
    try (var db = EngineTestDatabases.open(Engine.H2)) {
      var a = db.createNamespace("a");
      var b = db.createNamespace("b");
      var c = db.createNamespace("c");
      for (var ns : List.of(a, b, c)) {
        db.execute("CREATE TABLE " + db.quote(ns) + ".T1 (X INT)",
            "CREATE TABLE " + db.quote(ns) + ".T2 (X INT)");
      }
      var config = new LinkedHashMap<String, ConfigValue>();
      config.put(ConfigItems.DATABASE_WHITELIST,
          new ConfigValue.Items(List.of(ConfigValue.text(a), ConfigValue.text(b))));
      config.put(ConfigItems.TABLE_BLACKLIST, ConfigValue.text(a + ".t2, nothing"));
      var source = dataSource(db, db, config);

      var whole = reader.read(source, ScanScope.WHOLE_SOURCE, p -> { });
      var scoped = reader.read(source, new ScanScope(Optional.of(new DatabaseName(b)),
          List.of(new TableName("T2"))), p -> { });
      var outside = reader.read(source, new ScanScope(Optional.of(new DatabaseName(c)),
          List.of()), p -> { });

      assertThat(names(whole)).containsExactly(a + ".T1", b + ".T1", b + ".T2");
      assertThat(names(scoped)).containsExactly(b + ".T2");
      assertThat(outside.databases()).isEmpty();
    }
  }

  @Test
  void odd_table_names_are_read_and_names_that_cannot_be_quoted_are_left_out() {
    try (var db = EngineTestDatabases.open(Engine.H2)) {
      var ns = db.createNamespace("odd");
      db.execute("CREATE TABLE " + db.quote(ns) + ".\"odd name-1; x\" (\"a b\" INT)",
          "CREATE TABLE " + db.quote(ns) + ".\"bad\"\"name\" (X INT)",
          "INSERT INTO " + db.quote(ns) + ".\"odd name-1; x\" VALUES (1), (2)");
      var source = dataSource(db, db, partitionColumns("odd name-1; x", "a b"));

      var snapshot = reader.read(source, ScanScope.WHOLE_SOURCE, p -> { });

      assertThat(names(snapshot)).containsExactly(ns + ".odd name-1; x");
      assertThat(table(snapshot, ns, "odd name-1; x").partitions())
          .extracting(p -> p.spec().render()).containsExactly("a b=1", "a b=2");
    }
  }

  @Test
  void a_declared_partition_column_the_table_lacks_fails_the_scan_naming_it() {
    try (var db = EngineTestDatabases.open(Engine.H2)) {
      var ns = db.createNamespace("bad");
      db.execute("CREATE TABLE " + db.quote(ns) + ".T (X INT)");
      var source = dataSource(db, db, partitionColumns("t", "ds"));

      assertThatThrownBy(() -> reader.read(source, ScanScope.WHOLE_SOURCE, p -> { }))
          .isInstanceOf(JdbcSourceException.class)
          .hasMessageContaining("'ds'").hasMessageContaining(ns + ".T");
    }
  }

  @Test
  void test_connection_reports_both_databases_and_their_versions() {
    try (var src = EngineTestDatabases.open(Engine.H2);
        var dst = EngineTestDatabases.open(Engine.H2)) {
      var result = reader.testConnection(dataSource(src, dst, Map.of()));

      assertThat(result).startsWith("source jdbc:h2:mem:").contains("; destination jdbc:h2:mem:")
          .contains("H2 2.").doesNotContain("DB_CLOSE_DELAY");
    }
  }

  @Test
  void test_connection_names_the_database_it_cannot_reach_without_its_password() {
    try (var src = EngineTestDatabases.open(Engine.H2)) {
      var config = Map.<String, ConfigValue>of(
          ConfigItems.DST_JDBC_URL, ConfigValue.text("jdbc:postgresql://127.0.0.1:1/x?password=s3cret"),
          ConfigItems.DST_JDBC_PASSWORD, ConfigValue.text("s3cret"));
      var source = dataSource(src, src, Map.of()).updateConfig(config).get();

      assertThatThrownBy(() -> reader.testConnection(source))
          .isInstanceOf(JdbcSourceException.class)
          .hasMessageContaining("destination database jdbc:postgresql://127.0.0.1:1/x")
          .hasMessageNotContaining("s3cret");
    }
  }

  private static ScannedPartition partition(String spec, long rows) {
    return new ScannedPartition(PartitionSpec.parse(spec).get(), Optional.empty(),
        OptionalLong.of(rows), OptionalLong.empty());
  }

  private static ScannedTable table(CatalogSnapshot snapshot, String db, String table) {
    return snapshot.databases().stream().filter(d -> d.name().value().equals(db))
        .flatMap(d -> d.tables().stream()).filter(t -> t.name().value().equals(table))
        .findFirst().orElseThrow(() -> new AssertionError(db + "." + table + " not scanned"));
  }

  private static List<String> names(CatalogSnapshot snapshot) {
    var names = new ArrayList<String>();
    for (ScannedDatabase d : snapshot.databases()) {
      d.tables().forEach(t -> names.add(d.name().value() + "." + t.name().value()));
    }
    return names;
  }
}
