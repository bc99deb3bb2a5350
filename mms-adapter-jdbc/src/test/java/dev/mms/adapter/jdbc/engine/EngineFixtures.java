package dev.mms.adapter.jdbc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.engine.EngineTestDatabases.TestDatabase;
import dev.mms.adapter.jdbc.source.JdbcCatalog;
import dev.mms.adapter.jdbc.source.JdbcCatalogReader;
import dev.mms.adapter.jdbc.source.JdbcValues;
import dev.mms.adapter.jdbc.source.SqlDialect;
import dev.mms.application.port.out.Cancellation;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Builds the data sources, jobs, tasks and phase contexts the engine tests run. */
public final class EngineFixtures {
  private static final SourceId SOURCE_ID = new SourceId(1);
  private static final DatabaseId DB_ID = new DatabaseId(1);
  private static final TableId TABLE_ID = new TableId(1);
  private static final JobId JOB_ID = new JobId(1);

  private EngineFixtures() {}

  /** A JDBC data source reading {@code src} and writing {@code dst}, with extra config items. */
  public static DataSource dataSource(TestDatabase src, TestDatabase dst,
      Map<String, ConfigValue> extra) {
    var config = new LinkedHashMap<String, ConfigValue>();
    config.put(ConfigItems.JDBC_URL, ConfigValue.text(src.url()));
    config.put(ConfigItems.JDBC_USERNAME, ConfigValue.text(src.user()));
    config.put(ConfigItems.JDBC_PASSWORD, ConfigValue.text(src.password()));
    config.put(ConfigItems.DST_JDBC_URL, ConfigValue.text(dst.url()));
    config.put(ConfigItems.DST_JDBC_USERNAME, ConfigValue.text(dst.user()));
    config.put(ConfigItems.DST_JDBC_PASSWORD, ConfigValue.text(dst.password()));
    config.putAll(extra);
    return DataSource.register(SOURCE_ID, new SourceName("jdbc-test"), DataSourceType.JDBC, config,
        Optional.empty(), Optional.empty(), Instant.EPOCH).get();
  }

  /** {@code jdbc.partition.columns} declaring {@code columns} for {@code table}. */
  public static Map<String, ConfigValue> partitionColumns(String table, String columns) {
    return Map.of(ConfigItems.JDBC_PARTITION_COLUMNS,
        new ConfigValue.Mapping(Map.of(table, ConfigValue.text(columns))));
  }

  static JobConfig config(Map<String, String> columnMapping, boolean schemaMigration) {
    return new JobConfig(List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(),
        columnMapping, true, true, schemaMigration, true, false, Optional.empty(),
        Optional.empty(), Map.of());
  }

  /**
   * Scans the source table and builds the context of a task moving it to {@code dstDb.dstTable},
   * covering the partitions given as specs ({@code ds=2024-01-01}), or the whole table if none.
   */
  static PhaseContext context(DataSource source, String srcDb, String table, String dstDb,
      String dstTable, JobConfig config, List<String> partitions) {
    var snapshot = new JdbcCatalogReader().read(source,
        new ScanScope(Optional.of(new DatabaseName(srcDb)), List.of(new TableName(table))), p -> { });
    assertThat(snapshot.databases()).as("scan of %s.%s", srcDb, table).hasSize(1);
    var scanned = snapshot.databases().get(0).tables().stream()
        .filter(t -> t.name().value().equals(table)).findFirst().orElseThrow();
    var domainTable = new Table(TABLE_ID, SOURCE_ID, DB_ID, new DatabaseName(srcDb),
        scanned.name(), scanned.type(), scanned.schema(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        scanned.numRows().orElse(0), scanned.size().orElse(0), MigrationStatus.INIT, false,
        Optional.empty(), Optional.empty(), Optional.of(dstTable), Instant.EPOCH, Instant.EPOCH,
        false);
    var parts = new ArrayList<Partition>();
    for (var text : partitions) {
      var spec = PartitionSpec.parse(text).get();
      var seen = scanned.partitions().stream().filter(p -> p.spec().equals(spec)).findFirst();
      parts.add(new Partition(new PartitionId(parts.size() + 1L), SOURCE_ID, DB_ID,
          new DatabaseName(srcDb), TABLE_ID, scanned.name(), spec, Optional.empty(),
          seen.map(p -> p.numRows()).orElse(java.util.OptionalLong.empty()),
          seen.map(p -> p.size()).orElse(java.util.OptionalLong.empty()), MigrationStatus.INIT,
          false, Instant.EPOCH, Instant.EPOCH, false));
    }
    var job = new Job(JOB_ID, new JobName("job"), SOURCE_ID, source.name(), DB_ID,
        new DatabaseName(srcDb), Optional.empty(), dstDb, Optional.empty(), config,
        Optional.empty(), false, Optional.empty(), Instant.EPOCH);
    var task = Task.planned(new TaskId(1), JOB_ID, SOURCE_ID, DB_ID, TABLE_ID,
        new DatabaseName(srcDb), scanned.name(), dstDb, dstTable, scanned.type(),
        parts.stream().map(Partition::id).toList(), Instant.EPOCH);
    return new PhaseContext(source, job, task, domainTable, parts, () -> false, n -> { });
  }

  static PhaseContext with(PhaseContext c, Cancellation cancellation, LongConsumer rowsMoved) {
    return new PhaseContext(c.source(), c.job(), c.task(), c.table(), c.partitions(), cancellation,
        rowsMoved);
  }

  /**
   * The rows of a table as sorted text lines (values in column order, normalized the way
   * partition values are), optionally only those matching {@code where} (test SQL).
   */
  public static List<String> rows(TestDatabase db, String namespace, String table, String where) {
    try (var c = db.connect()) {
      var dialect = SqlDialect.of(db.url());
      var columns = new JdbcCatalog(c, dialect).columns(namespace, table);
      var lines = new ArrayList<String>();
      try (var st = c.createStatement();
          var rs = st.executeQuery("SELECT * FROM " + db.qualified(namespace, table)
              + (where.isEmpty() ? "" : " WHERE " + where))) {
        while (rs.next()) {
          var values = new ArrayList<String>();
          for (int i = 0; i < columns.size(); i++) {
            values.add(JdbcValues.partitionText(JdbcValues.read(rs, i + 1, columns.get(i))));
          }
          lines.add(String.join("|", values));
        }
      }
      lines.sort(null);
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
