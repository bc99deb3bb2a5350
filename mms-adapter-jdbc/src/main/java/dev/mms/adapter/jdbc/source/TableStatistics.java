package dev.mms.adapter.jdbc.source;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.ScannedPartition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Row counts and sizes of a table and its partitions. Counts are exact ({@code COUNT(*)}); bytes
 * are an estimate where the database can tell: PostgreSQL's {@code pg_table_size} of each leaf
 * table (shared among its values by rows), MySQL/MariaDB's {@code DATA_LENGTH} (likewise), none
 * on H2.
 */
final class TableStatistics {
  private final Connection connection;
  private final SqlDialect dialect;

  TableStatistics(Connection connection, SqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  long rowCount(String db, String table) throws SQLException {
    try (var st = connection.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM " + dialect.qualified(db, table))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  OptionalLong tableBytes(String db, String table) throws SQLException {
    return switch (dialect) {
      case POSTGRESQL -> single("""
          SELECT COALESCE((SELECT SUM(pg_table_size(t.relid)) FROM pg_partition_tree(r.oid) t
                           WHERE t.isleaf), pg_table_size(r.oid))
          FROM (SELECT (quote_ident(?) || '.' || quote_ident(?))::regclass AS oid) r""", db, table);
      case MYSQL -> single("""
          SELECT DATA_LENGTH FROM information_schema.TABLES
          WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?""", db, table);
      case H2 -> OptionalLong.empty();
    };
  }

  /** One partition per distinct value of {@code keys}, sorted by spec. */
  List<ScannedPartition> partitions(String db, String table, List<JdbcColumn> keys)
      throws SQLException {
    var quotedKeys = String.join(", ", keys.stream().map(k -> dialect.quote(k.name())).toList());
    boolean byLeaf = dialect == SqlDialect.POSTGRESQL;
    // On PostgreSQL tableoid names the leaf partition that holds each row, so each value's share
    // of that leaf's size can be told.
    var sql = "SELECT " + (byLeaf ? "tableoid::int8, " : "") + quotedKeys + ", COUNT(*) FROM "
        + dialect.qualified(db, table) + " GROUP BY " + (byLeaf ? "tableoid, " : "") + quotedKeys;
    var groups = new ArrayList<Group>();
    try (var st = connection.createStatement(); var rs = st.executeQuery(sql)) {
      int first = byLeaf ? 2 : 1;
      while (rs.next()) {
        var keyValues = new ArrayList<String>();
        for (int i = 0; i < keys.size(); i++) {
          keyValues.add(keys.get(i).name());
          keyValues.add(JdbcValues.partitionText(JdbcValues.read(rs, first + i, keys.get(i))));
        }
        groups.add(new Group(byLeaf ? rs.getLong(1) : 0L,
            PartitionSpec.of(keyValues.toArray(String[]::new)), rs.getLong(first + keys.size())));
      }
    }
    var segmentBytes = segmentBytes(db, table, groups);
    var segmentRows = new HashMap<Long, Long>();
    groups.forEach(g -> segmentRows.merge(g.segment(), g.rows(), Long::sum));
    var rows = new TreeMap<PartitionSpec, Long>();
    var bytes = new HashMap<PartitionSpec, Long>();
    for (var g : groups) {
      rows.merge(g.spec(), g.rows(), Long::sum);
      var segment = segmentBytes.get(g.segment());
      if (segment != null) {
        long share = Math.round((double) segment * g.rows() / segmentRows.get(g.segment()));
        bytes.merge(g.spec(), share, Long::sum);
      }
    }
    var partitions = new ArrayList<ScannedPartition>();
    rows.forEach((spec, n) -> partitions.add(new ScannedPartition(spec, Optional.empty(),
        OptionalLong.of(n), Optional.ofNullable(bytes.get(spec))
            .map(OptionalLong::of).orElse(OptionalLong.empty()))));
    return partitions;
  }

  private Map<Long, Long> segmentBytes(String db, String table, List<Group> groups)
      throws SQLException {
    var sizes = new HashMap<Long, Long>();
    switch (dialect) {
      case POSTGRESQL -> {
        try (var ps = connection.prepareStatement("SELECT pg_table_size(CAST(? AS oid))")) {
          for (var leaf : groups.stream().map(Group::segment).distinct().toList()) {
            ps.setLong(1, leaf);
            try (var rs = ps.executeQuery()) {
              if (rs.next() && rs.getObject(1) != null) {
                sizes.put(leaf, rs.getLong(1));
              }
            }
          }
        }
      }
      case MYSQL -> tableBytes(db, table).ifPresent(b -> sizes.put(0L, b));
      case H2 -> { }
    }
    return sizes;
  }

  private OptionalLong single(String sql, String db, String table) throws SQLException {
    try (var ps = connection.prepareStatement(sql)) {
      ps.setString(1, db);
      ps.setString(2, table);
      try (var rs = ps.executeQuery()) {
        if (rs.next()) {
          long value = rs.getLong(1);
          if (!rs.wasNull() && value > 0) {
            return OptionalLong.of(value);
          }
        }
      }
    }
    return OptionalLong.empty();
  }

  private record Group(long segment, PartitionSpec spec, long rows) {}
}
