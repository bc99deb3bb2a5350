package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.sql.Dialect;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.source.SourceId;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema's migrations carry over what a store held before them. */
class MigrationTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void the_partition_counts_start_from_the_partitions_stored_before_them(Kind kind)
      throws SQLException {
    var config = TestDatabases.scratch(kind);
    migrateTo("5", config);
    insertPartitions(config, List.of(
        "1, 1, 1, 'db1', 1, 't1', 'INIT', FALSE, FALSE",
        "2, 1, 1, 'db1', 1, 't1', 'DONE', TRUE, FALSE",
        "3, 1, 1, 'db1', 1, 't1', 'INIT', FALSE, TRUE",
        "4, 1, 1, 'db1', 2, 't2', 'INIT', TRUE, FALSE",
        "5, 1, 2, 'db2', 3, 't3', 'FAILED', FALSE, FALSE",
        "6, 2, 4, 'db4', 5, 't5', 'INIT', FALSE, FALSE"));

    try (var store = JdbcStore.open(config)) {
      var partitions = store.partitions();

      assertThat(partitions.countsByTable(List.of(new TableId(1), new TableId(2), new TableId(3))))
          .isEqualTo(Map.of(new TableId(1), new StatusCounts(2, 1, 0, 1, 0, 0),
              new TableId(2), new StatusCounts(1, 1, 0, 0, 0, 0),
              new TableId(3), new StatusCounts(1, 0, 0, 0, 1, 0)));
      assertThat(partitions.countsByDatabase(List.of(new DatabaseId(1), new DatabaseId(2))))
          .isEqualTo(Map.of(new DatabaseId(1), new StatusCounts(3, 2, 0, 1, 0, 0),
              new DatabaseId(2), new StatusCounts(1, 0, 0, 0, 1, 0)));
      assertThat(total(store, Optional.empty(), Set.of())).isEqualTo(4);
      assertThat(total(store, Optional.of(true), Set.of())).isEqualTo(2);
      assertThat(total(store, Optional.empty(), Set.of(MigrationStatus.INIT))).isEqualTo(2);

      partitions.updateStatus(List.of(new PartitionId(1), new PartitionId(4)),
          MigrationStatus.DONE, Fixtures.T0);

      assertThat(partitions.countsByTable(List.of(new TableId(1))))
          .isEqualTo(Map.of(new TableId(1), new StatusCounts(2, 0, 0, 2, 0, 0)));
      assertThat(total(store, Optional.of(true), Set.of())).isEqualTo(1);
    }
  }

  private static void migrateTo(String version, JdbcStoreConfig config) {
    Flyway.configure()
        .dataSource(config.url(), config.username().orElse(null), config.password().orElse(null))
        .locations(JdbcStore.MIGRATIONS)
        .placeholders(Dialect.fromUrl(config.url()).orElseThrow().migrationPlaceholders())
        .target(version)
        .load()
        .migrate();
  }

  /**
   * Partitions as rows of the schema before the counts: id, source, database id and name, table
   * id and name, status, updated and deleted.
   */
  private static void insertPartitions(JdbcStoreConfig config, List<String> rows)
      throws SQLException {
    try (var c = DriverManager.getConnection(config.url(), config.username().orElse(null),
        config.password().orElse(null)); var s = c.createStatement()) {
      for (var row : rows) {
        var id = row.substring(0, row.indexOf(','));
        s.executeUpdate("INSERT INTO mms_partition (id, source_id, db_id, db_name, table_id,"
            + " table_name, status, updated, deleted, spec, spec_hash, create_time, update_time)"
            + " VALUES (" + row + ", 'ds=" + id + "', " + id + ", 0, 0)");
      }
    }
  }

  private static long total(JdbcStore store, Optional<Boolean> updated,
      Set<MigrationStatus> statuses) {
    return store.partitions().find(new PartitionQuery(new SourceId(1), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), updated, statuses,
        Optional.empty(), Optional.empty(), List.of(), new PageRequest(1, 1))).total();
  }
}
