package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.jdbc.sql.Dialect;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.application.port.query.TaskQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
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

  @ParameterizedTest
  @EnumSource(Kind.class)
  void the_job_tallies_take_the_database_names_of_their_tasks_else_of_their_job(Kind kind)
      throws SQLException {
    var config = TestDatabases.scratch(kind);
    migrateTo("7", config);
    execute(config, List.of(
        "INSERT INTO mms_job (id, source_id, name, source_name, db_id, src_db_name, dst_db_name,"
            + " config, stopped, create_time) VALUES"
            + " (1, 1, 'sales', 'src', 1, 'sales', 'dw', '{}', FALSE, 0),"
            + " (3, 1, 'fin', 'src', 3, 'fin', 'dst_fin', '{}', FALSE, 0)",
        // job 2 was deleted while its task stayed
        "INSERT INTO mms_job_tally (job_id, source_id, total, init, done, failed, status,"
            + " status_rank) VALUES (1, 1, 2, 2, 0, 0, 'INIT', 0), (2, 1, 1, 1, 0, 0, 'INIT', 0),"
            + " (3, 1, 0, 0, 0, 0, 'INIT', 0)",
        task(1, 1, "sales", "dw"), task(2, 1, "sales", "dw"), task(3, 2, "hr", "dst_hr")));

    try (var store = JdbcStore.open(config)) {
      assertThat(taskTotal(store, Optional.of("sales"), Optional.empty())).isEqualTo(2);
      assertThat(taskTotal(store, Optional.of("hr"), Optional.of("dst_hr"))).isEqualTo(1);
      assertThat(taskTotal(store, Optional.empty(), Optional.of("dw"))).isEqualTo(2);
      var job3 = new JobId(3);
      var stray = Task.planned(new TaskId(4), job3, new SourceId(1), new DatabaseId(3),
          new TableId(4), new DatabaseName("sales"), new TableName("t4"), "dst_fin", "t4", "MOCK",
          List.of(), Fixtures.T0);
      assertThatThrownBy(() -> store.tasks().insertAll(List.of(stray)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** A row of mms_task before V8: an INIT task of {@code job}, on a table of the task's id. */
  private static String task(long id, long job, String srcDbName, String dstDbName) {
    return "INSERT INTO mms_task (id, job_id, source_id, db_id, table_id, src_db_name,"
        + " src_table_name, dst_db_name, dst_table_name, dst_key, type, status, status_rank,"
        + " finished, stopped, retried_times, auto_retries, version, create_time,"
        + " partition_count, eta_order, job_active) VALUES (" + id + ", " + job + ", 1, 1, " + id
        + ", '" + srcDbName + "', 't" + id + "', '" + dstDbName + "', 't" + id + "', '"
        + dstDbName + ".t" + id + "', 'MOCK', 'INIT', 0, FALSE, FALSE, 0, 0, 0, 0, 0, 0, TRUE)";
  }

  private static long taskTotal(JdbcStore store, Optional<String> srcDbName,
      Optional<String> dstDbName) {
    return store.tasks().find(new TaskQuery(new SourceId(1), Optional.empty(), Optional.empty(),
        srcDbName, Optional.empty(), dstDbName, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), new PageRequest(1, 1))).total();
  }

  private static void execute(JdbcStoreConfig config, List<String> statements)
      throws SQLException {
    try (var c = DriverManager.getConnection(config.url(), config.username().orElse(null),
        config.password().orElse(null)); var s = c.createStatement()) {
      for (var statement : statements) {
        s.executeUpdate(statement);
      }
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
    execute(config, rows.stream().map(row -> {
      var id = row.substring(0, row.indexOf(','));
      return "INSERT INTO mms_partition (id, source_id, db_id, db_name, table_id,"
          + " table_name, status, updated, deleted, spec, spec_hash, create_time, update_time)"
          + " VALUES (" + row + ", 'ds=" + id + "', " + id + ", 0, 0)";
    }).toList());
  }

  private static long total(JdbcStore store, Optional<Boolean> updated,
      Set<MigrationStatus> statuses) {
    return store.partitions().find(new PartitionQuery(new SourceId(1), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), updated, statuses,
        Optional.empty(), Optional.empty(), List.of(), new PageRequest(1, 1))).total();
  }
}
