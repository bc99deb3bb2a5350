package dev.mms.adapter.jdbc.source;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metadata of one open database: its namespaces (schemas, or databases on MySQL/MariaDB),
 * their tables and columns, and PostgreSQL's declarative LIST partition keys. Names are matched
 * exactly; metadata search patterns are escaped so {@code _} and {@code %} in names are literal.
 */
public final class JdbcCatalog {
  private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

  private final Connection connection;
  private final SqlDialect dialect;

  public JdbcCatalog(Connection connection, SqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** A table of a namespace, with its JDBC table type. */
  public record JdbcTable(String name, String type, Optional<String> comment) {}

  /** The namespaces users created, sorted. */
  public List<String> namespaces() {
    return query("list namespaces", () -> {
      var names = new TreeSet<String>();
      var md = connection.getMetaData();
      try (var rs = dialect.namespacesAreCatalogs() ? md.getCatalogs() : md.getSchemas()) {
        int column = dialect.namespacesAreCatalogs() ? 1 : rs.findColumn("TABLE_SCHEM");
        while (rs.next()) {
          var name = rs.getString(column);
          if (name != null && !dialect.isSystemNamespace(name)) {
            names.add(name);
          }
        }
      }
      return List.copyOf(names);
    });
  }

  public boolean namespaceExists(String namespace) {
    return query("look up namespace " + namespace, () -> {
      var md = connection.getMetaData();
      try (var rs = dialect.namespacesAreCatalogs() ? md.getCatalogs() : md.getSchemas()) {
        int column = dialect.namespacesAreCatalogs() ? 1 : rs.findColumn("TABLE_SCHEM");
        while (rs.next()) {
          if (namespace.equals(rs.getString(column))) {
            return true;
          }
        }
      }
      return false;
    });
  }

  /** The tables of {@code namespace}, sorted; PostgreSQL partitions are left out (their parent stands for them). */
  public List<JdbcTable> tables(String namespace) {
    return query("list tables of " + namespace, () -> {
      var partitions = partitionRelations(namespace);
      var tables = new ArrayList<JdbcTable>();
      var md = connection.getMetaData();
      try (var rs = md.getTables(catalogArg(namespace), schemaArg(md, namespace), "%", null)) {
        while (rs.next()) {
          var name = rs.getString("TABLE_NAME");
          var type = rs.getString("TABLE_TYPE");
          if (type != null && TABLE_TYPES.contains(type) && inNamespace(rs, namespace)
              && !partitions.contains(name)) {
            tables.add(new JdbcTable(name, type, Optional.ofNullable(rs.getString("REMARKS"))
                .filter(s -> !s.isBlank())));
          }
        }
      }
      tables.sort(java.util.Comparator.comparing(JdbcTable::name));
      return List.copyOf(tables);
    });
  }

  public boolean tableExists(String namespace, String table) {
    return query("look up table " + namespace + "." + table, () -> {
      var md = connection.getMetaData();
      try (var rs = md.getTables(catalogArg(namespace), schemaArg(md, namespace),
          escape(md, table), null)) {
        while (rs.next()) {
          if (table.equals(rs.getString("TABLE_NAME")) && inNamespace(rs, namespace)) {
            return true;
          }
        }
      }
      return false;
    });
  }

  /** The columns of a table in their declared order; empty when the table does not exist. */
  public List<JdbcColumn> columns(String namespace, String table) {
    return query("read columns of " + namespace + "." + table, () -> {
      var columns = new ArrayList<JdbcColumn>();
      var md = connection.getMetaData();
      try (var rs = md.getColumns(catalogArg(namespace), schemaArg(md, namespace),
          escape(md, table), "%")) {
        while (rs.next()) {
          if (table.equals(rs.getString("TABLE_NAME")) && inNamespace(rs, namespace)) {
            columns.add(column(rs));
          }
        }
      }
      return List.copyOf(columns);
    });
  }

  /**
   * The key columns of the declaratively LIST-partitioned tables of {@code namespace} (PostgreSQL;
   * empty elsewhere). Keys that are expressions rather than columns are not reported.
   */
  public Map<String, List<String>> listPartitionKeys(String namespace) {
    if (dialect != SqlDialect.POSTGRESQL) {
      return Map.of();
    }
    return query("read partition keys of " + namespace, () -> {
      var keys = new LinkedHashMap<String, List<String>>();
      try (var ps = connection.prepareStatement("""
          SELECT c.relname, a.attname
          FROM pg_partitioned_table pt
          JOIN pg_class c ON c.oid = pt.partrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          CROSS JOIN LATERAL unnest(pt.partattrs::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
          WHERE n.nspname = ? AND pt.partstrat = 'l' AND NOT c.relispartition
          ORDER BY c.relname, k.ord""")) {
        ps.setString(1, namespace);
        try (var rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
          }
        }
      }
      return keys;
    });
  }

  private Set<String> partitionRelations(String namespace) throws SQLException {
    if (dialect != SqlDialect.POSTGRESQL) {
      return Set.of();
    }
    var names = new TreeSet<String>();
    try (var ps = connection.prepareStatement("""
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relispartition""")) {
      ps.setString(1, namespace);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private static JdbcColumn column(ResultSet rs) throws SQLException {
    int size = rs.getInt("COLUMN_SIZE");
    int scale = rs.getInt("DECIMAL_DIGITS");
    var typeName = rs.getString("TYPE_NAME");
    int jdbcType = rs.getInt("DATA_TYPE");
    if (jdbcType == java.sql.Types.TIMESTAMP && scale == 0 && size > 20) {
      // MariaDB reports DATETIME(6) as size 26, scale 0: the fraction digits follow the 19 of the seconds.
      scale = size - 20;
    }
    var defaultValue = Optional.ofNullable(rs.getString("COLUMN_DEF"))
        .filter(d -> !d.isBlank() && !d.equalsIgnoreCase("NULL"));
    return new JdbcColumn(rs.getString("COLUMN_NAME"), jdbcType,
        typeName == null ? "UNKNOWN" : typeName, size, scale,
        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
        Optional.ofNullable(rs.getString("REMARKS")).filter(s -> !s.isBlank()), defaultValue);
  }

  private boolean inNamespace(ResultSet rs, String namespace) throws SQLException {
    return namespace.equals(rs.getString(dialect.namespacesAreCatalogs() ? "TABLE_CAT" : "TABLE_SCHEM"));
  }

  private String catalogArg(String namespace) {
    return dialect.namespacesAreCatalogs() ? namespace : null;
  }

  private String schemaArg(DatabaseMetaData md, String namespace) throws SQLException {
    return dialect.namespacesAreCatalogs() ? null : escape(md, namespace);
  }

  private static String escape(DatabaseMetaData md, String name) throws SQLException {
    var esc = md.getSearchStringEscape();
    if (esc == null || esc.isEmpty()) {
      return name;
    }
    return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
  }

  private <T> T query(String what, SqlCall<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new JdbcSourceException("cannot " + what + " on " + dialect.displayName() + ": "
          + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException;
  }
}
