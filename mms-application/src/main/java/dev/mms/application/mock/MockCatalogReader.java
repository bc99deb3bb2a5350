package dev.mms.application.mock;

import dev.mms.application.port.out.CatalogReaderPort;
import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.ScannedDatabase;
import dev.mms.domain.catalog.ScannedPartition;
import dev.mms.domain.catalog.ScannedTable;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntConsumer;

/**
 * Reads the synthetic catalog of a MOCK source: databases {@code mock_db_1…}, each with tables
 * {@code mock_table_1…} of one fixed schema, partitioned by {@code ds} (a date) and {@code hr}
 * (0..23) unless {@code mock.partitions} is 0. The same config always yields the same catalog,
 * so a rescan finds nothing updated.
 */
public final class MockCatalogReader implements CatalogReaderPort {
  /** Every object of the catalog claims this DDL time, so rescans see no change. */
  static final Instant DDL_TIME = Instant.parse("2024-01-01T00:00:00Z");
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final TableSchema PARTITIONED = new TableSchema(
      List.of(Column.of("id", "BIGINT"), Column.of("name", "STRING"),
          Column.of("amount", "DECIMAL(18,2)"), Column.of("created_at", "TIMESTAMP")),
      List.of(Column.of("ds", "STRING"), Column.of("hr", "INT")),
      Optional.of("synthetic table of a MOCK source"));
  private static final TableSchema FLAT =
      new TableSchema(PARTITIONED.columns(), List.of(), PARTITIONED.comment());

  @Override
  public boolean supports(DataSourceType type) {
    return type == DataSourceType.MOCK;
  }

  @Override
  public CatalogSnapshot read(DataSource source, ScanScope scope, IntConsumer progress) {
    var cfg = MockConfig.of(source);
    // Every table has the same partitions; one shared list keeps 1,000 x 1,000 cheap.
    var partitions = partitions(cfg);
    var databases = new ArrayList<ScannedDatabase>();
    var dbNames = new ArrayList<DatabaseName>();
    for (int d = 1; d <= cfg.databases(); d++) {
      var name = databaseName(d);
      if (scope.database().map(name::equals).orElse(true)) {
        dbNames.add(name);
      }
    }
    long total = (long) dbNames.size() * cfg.tables();
    long read = 0;
    for (var dbName : dbNames) {
      var tables = new ArrayList<ScannedTable>();
      for (int t = 1; t <= cfg.tables(); t++) {
        var name = tableName(t);
        if (scope.tables().isEmpty() || scope.tables().contains(name)) {
          tables.add(table(name, cfg, partitions));
        }
        read++;
        progress.accept((int) (read * 10_000 / total));
      }
      databases.add(new ScannedDatabase(dbName, Optional.of("synthetic database of a MOCK source"),
          Optional.of("mock"), Optional.empty(), Optional.of(DDL_TIME), tables));
    }
    progress.accept(10_000);
    return new CatalogSnapshot(databases);
  }

  @Override
  public String testConnection(DataSource source) {
    var cfg = MockConfig.of(source);
    return "MOCK source: " + cfg.databases() + " databases x " + cfg.tables() + " tables x "
        + (cfg.partitions() == 0 ? "no partitions" : cfg.partitions() + " partitions");
  }

  static DatabaseName databaseName(int n) {
    return new DatabaseName("mock_db_" + n);
  }

  static TableName tableName(int n) {
    return new TableName("mock_table_" + n);
  }

  /** Partition {@code n} (from 0) of every table: 24 hours per day from 2024-01-01. */
  static PartitionSpec partitionSpec(int n) {
    return PartitionSpec.of("ds", FIRST_DAY.plusDays(n / 24).toString(), "hr", Integer.toString(n % 24));
  }

  private static List<ScannedPartition> partitions(MockConfig cfg) {
    var list = new ArrayList<ScannedPartition>(cfg.partitions());
    for (int p = 0; p < cfg.partitions(); p++) {
      list.add(new ScannedPartition(partitionSpec(p), Optional.of(DDL_TIME),
          OptionalLong.of(cfg.rows()), OptionalLong.of(cfg.size())));
    }
    return List.copyOf(list);
  }

  private static ScannedTable table(TableName name, MockConfig cfg, List<ScannedPartition> partitions) {
    long parts = Math.max(cfg.partitions(), 1);
    return new ScannedTable(name, "MANAGED_TABLE", partitions.isEmpty() ? FLAT : PARTITIONED,
        Optional.of("mock"), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(DDL_TIME),
        OptionalLong.of(saturatedTimes(cfg.rows(), parts)),
        OptionalLong.of(saturatedTimes(cfg.size(), parts)), partitions);
  }

  private static long saturatedTimes(long a, long b) {
    long product = a * b;
    return a != 0 && product / a != b ? Long.MAX_VALUE : product;
  }
}
