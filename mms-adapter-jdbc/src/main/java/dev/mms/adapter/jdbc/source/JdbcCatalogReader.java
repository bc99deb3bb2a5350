package dev.mms.adapter.jdbc.source;

import dev.mms.application.port.out.CatalogReaderPort;
import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.ScannedDatabase;
import dev.mms.domain.catalog.ScannedPartition;
import dev.mms.domain.catalog.ScannedTable;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.name.ColumnName;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.NameRules;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the catalog of a JDBC data source: databases are schemas (H2, PostgreSQL) or databases
 * (MySQL/MariaDB); partition columns are those {@code jdbc.partition.columns} declares, else a
 * PostgreSQL LIST partition key; partitions are the distinct values of the partition columns.
 */
public final class JdbcCatalogReader implements CatalogReaderPort {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcCatalogReader.class);
  private static final int FULL = 10_000;

  @Override
  public boolean supports(DataSourceType type) {
    return type == DataSourceType.JDBC;
  }

  @Override
  public CatalogSnapshot read(DataSource source, ScanScope scope, IntConsumer progress) {
    var endpoint = JdbcEndpoint.source(source);
    var dialect = endpoint.dialect();
    var filter = ScanFilter.of(source, scope);
    var declared = DeclaredPartitionColumns.of(source);
    progress.accept(0);
    try (var connection = endpoint.connect()) {
      var catalog = new JdbcCatalog(connection, dialect);
      var plan = new LinkedHashMap<String, List<JdbcCatalog.JdbcTable>>();
      for (var db : catalog.namespaces()) {
        if (filter.includesDatabase(db) && usable(dialect, "database", db)) {
          plan.put(db, catalog.tables(db).stream()
              .filter(t -> filter.includesTable(db, t.name()))
              .filter(t -> usable(dialect, "table " + db + ".", t.name()))
              .toList());
        }
      }
      int total = plan.values().stream().mapToInt(List::size).sum();
      int done = 0;
      var databases = new ArrayList<ScannedDatabase>();
      for (var entry : plan.entrySet()) {
        var db = entry.getKey();
        var listKeys = catalog.listPartitionKeys(db);
        var tables = new ArrayList<ScannedTable>();
        for (var table : entry.getValue()) {
          readTable(connection, dialect, catalog, declared, listKeys, db, table)
              .ifPresent(tables::add);
          done++;
          progress.accept((int) ((long) FULL * done / total));
        }
        databases.add(new ScannedDatabase(new DatabaseName(db), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), tables));
      }
      progress.accept(FULL);
      return new CatalogSnapshot(databases);
    } catch (SQLException e) {
      throw new JdbcSourceException("cannot read the catalog of " + endpoint + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public String testConnection(DataSource source) {
    return describe(JdbcEndpoint.source(source)) + "; " + describe(JdbcEndpoint.destination(source));
  }

  private static String describe(JdbcEndpoint endpoint) {
    try (var connection = endpoint.connect()) {
      var md = connection.getMetaData();
      return endpoint.role() + " " + endpoint + ": " + md.getDatabaseProductName() + " "
          + md.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new JdbcSourceException("cannot read the version of the " + endpoint.role()
          + " database " + endpoint + ": " + e.getMessage(), e);
    }
  }

  private static Optional<ScannedTable> readTable(Connection connection, SqlDialect dialect,
      JdbcCatalog catalog, DeclaredPartitionColumns declared, Map<String, List<String>> listKeys,
      String db, JdbcCatalog.JdbcTable table) throws SQLException {
    var columns = catalog.columns(db, table.name());
    var unusable = columns.stream()
        .filter(c -> !usable(dialect, "column " + db + "." + table.name() + ".", c.name()))
        .findAny();
    if (unusable.isPresent() || columns.isEmpty()) {
      return Optional.empty();
    }
    var keys = declared.of(db, table.name(), columns)
        .or(() -> Optional.ofNullable(listKeys.get(table.name()))
            .map(names -> names.stream()
                .map(n -> DeclaredPartitionColumns.find(columns, n).orElseThrow())
                .toList()))
        .orElse(List.of());
    var keyNames = keys.stream().map(JdbcColumn::name).toList();
    var dataColumns = columns.stream().filter(c -> !keyNames.contains(c.name()))
        .map(JdbcCatalogReader::column).toList();
    var schema = new TableSchema(dataColumns, keys.stream().map(JdbcCatalogReader::column).toList(),
        table.comment());
    var statistics = new TableStatistics(connection, dialect);
    List<ScannedPartition> partitions = keys.isEmpty() ? List.of()
        : statistics.partitions(db, table.name(), keys);
    long rows = keys.isEmpty() ? statistics.rowCount(db, table.name())
        : partitions.stream().mapToLong(p -> p.numRows().orElse(0)).sum();
    return Optional.of(new ScannedTable(new TableName(table.name()),
        table.type().equals("BASE TABLE") ? "TABLE" : table.type(), schema, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), OptionalLong.of(rows), statistics.tableBytes(db, table.name()),
        partitions));
  }

  private static Column column(JdbcColumn c) {
    return new Column(new ColumnName(c.name()), c.displayType(), c.comment(), c.defaultValue(),
        c.nullable());
  }

  /** Names mms cannot carry or quote safely are left out of the catalog, with a warning. */
  private static boolean usable(SqlDialect dialect, String what, String name) {
    var problem = NameRules.problem(name).or(() -> dialect.identifierProblem(name));
    problem.ifPresent(p -> LOG.warn("leaving {}{} out of the catalog: {}", what, name, p));
    return problem.isEmpty();
  }
}
