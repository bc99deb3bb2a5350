package dev.mms.application.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.ScannedTable;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MockCatalogReaderTest {
  private final MockCatalogReader reader = new MockCatalogReader();

  static DataSource mockSource(Map<String, String> config) {
    return MockCatalog.source(1, config, Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void supports_only_mock_sources() {
    assertThat(reader.supports(DataSourceType.MOCK)).isTrue();
    assertThat(reader.supports(DataSourceType.JDBC)).isFalse();
  }

  @Test
  void default_config_gives_two_databases_of_three_tables_of_ten_partitions() {
    var snapshot = reader.read(mockSource(Map.of()), ScanScope.WHOLE_SOURCE, p -> { });

    assertThat(snapshot.databases()).extracting(d -> d.name().value())
        .containsExactly("mock_db_1", "mock_db_2");
    assertThat(snapshot.databases().get(0).tables()).extracting(t -> t.name().value())
        .containsExactly("mock_table_1", "mock_table_2", "mock_table_3");
    var table = snapshot.databases().get(0).tables().get(0);
    assertThat(table.partitions()).hasSize(10);
    assertThat(table.numRows()).hasValue(10 * 1000);
    assertThat(table.size()).hasValue(10 * 1_048_576L);
  }

  @Test
  void partitions_are_keyed_by_a_date_string_and_an_integer_hour() {
    var table = firstTable(reader.read(mockSource(Map.of(ConfigItems.MOCK_PARTITIONS, "26",
        ConfigItems.MOCK_ROWS, "7", ConfigItems.MOCK_SIZE, "99")), ScanScope.WHOLE_SOURCE, p -> { }));

    assertThat(table.schema().partitionColumns()).extracting(c -> c.name().value() + " " + c.type())
        .containsExactly("ds STRING", "hr INT");
    assertThat(table.partitions().get(0).spec()).isEqualTo(PartitionSpec.of("ds", "2024-01-01", "hr", "0"));
    assertThat(table.partitions().get(25).spec()).isEqualTo(PartitionSpec.of("ds", "2024-01-02", "hr", "1"));
    assertThat(table.partitions().get(3).numRows()).hasValue(7);
    assertThat(table.partitions().get(3).size()).hasValue(99);
  }

  @Test
  void zero_partitions_means_tables_are_not_partitioned() {
    var table = firstTable(reader.read(mockSource(Map.of(ConfigItems.MOCK_PARTITIONS, "0",
        ConfigItems.MOCK_ROWS, "5")), ScanScope.WHOLE_SOURCE, p -> { }));

    assertThat(table.schema().partitioned()).isFalse();
    assertThat(table.partitions()).isEmpty();
    assertThat(table.numRows()).hasValue(5);
  }

  @Test
  void a_database_scope_reads_only_that_database() {
    var scope = new ScanScope(Optional.of(new DatabaseName("mock_db_2")), List.of());

    var snapshot = reader.read(mockSource(Map.of()), scope, p -> { });

    assertThat(snapshot.databases()).extracting(d -> d.name().value()).containsExactly("mock_db_2");
  }

  @Test
  void a_table_scope_reads_only_the_listed_tables_that_exist() {
    var scope = new ScanScope(Optional.of(new DatabaseName("mock_db_1")),
        List.of(new TableName("mock_table_3"), new TableName("no_such_table")));

    var snapshot = reader.read(mockSource(Map.of()), scope, p -> { });

    assertThat(snapshot.databases().get(0).tables()).extracting(t -> t.name().value())
        .containsExactly("mock_table_3");
  }

  @Test
  void a_database_the_source_lacks_reads_as_nothing() {
    var scope = new ScanScope(Optional.of(new DatabaseName("mock_db_9")), List.of());

    assertThat(reader.read(mockSource(Map.of()), scope, p -> { }).databases()).isEmpty();
  }

  @Test
  void the_same_config_always_reads_the_same_catalog() {
    var source = mockSource(Map.of(ConfigItems.MOCK_DATABASES, "3", ConfigItems.MOCK_TABLES, "4"));

    assertThat(reader.read(source, ScanScope.WHOLE_SOURCE, p -> { }))
        .isEqualTo(reader.read(source, ScanScope.WHOLE_SOURCE, p -> { }));
  }

  @Test
  void progress_rises_to_ten_thousand() {
    var progress = new ArrayList<Integer>();

    reader.read(mockSource(Map.of()), ScanScope.WHOLE_SOURCE, progress::add);

    assertThat(progress).isSorted().last().isEqualTo(10_000);
  }

  @Test
  void a_thousand_tables_of_a_thousand_partitions_are_cheap() {
    var source = mockSource(Map.of(ConfigItems.MOCK_DATABASES, "1", ConfigItems.MOCK_TABLES, "1000",
        ConfigItems.MOCK_PARTITIONS, "1000"));

    var snapshot = reader.read(source, ScanScope.WHOLE_SOURCE, p -> { });

    long partitions = snapshot.databases().get(0).tables().stream().mapToLong(t -> t.partitions().size()).sum();
    assertThat(partitions).isEqualTo(1_000_000);
  }

  @Test
  void a_malformed_setting_is_reported_with_its_key() {
    var source = mockSource(Map.of(ConfigItems.MOCK_TABLES, "many"));

    assertThatThrownBy(() -> reader.read(source, ScanScope.WHOLE_SOURCE, p -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ConfigItems.MOCK_TABLES).hasMessageContaining("many");
  }

  @Test
  void testing_the_connection_describes_the_catalog() {
    assertThat(reader.testConnection(mockSource(Map.of())))
        .isEqualTo("MOCK source: 2 databases x 3 tables x 10 partitions");
  }

  private static ScannedTable firstTable(CatalogSnapshot snapshot) {
    return snapshot.databases().get(0).tables().get(0);
  }
}
