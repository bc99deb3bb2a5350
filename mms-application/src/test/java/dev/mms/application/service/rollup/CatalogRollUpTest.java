package dev.mms.application.service.rollup;

import static dev.mms.domain.catalog.MigrationStatus.DOING;
import static dev.mms.domain.catalog.MigrationStatus.DONE;
import static dev.mms.domain.catalog.MigrationStatus.FAILED;
import static dev.mms.domain.catalog.MigrationStatus.INIT;
import static dev.mms.domain.catalog.MigrationStatus.PART_DONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.mock.MockCatalog;
import dev.mms.application.port.out.Sequence;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogRollUpTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(60);

  private final InMemoryStore store = new InMemoryStore();
  private final CatalogRollUp rollUp =
      new CatalogRollUp(store.databases(), store.tables(), store.partitions(), store.transactions());

  @Test
  void a_task_gives_what_it_covers_doing_while_under_way_failed_while_failed_and_done_at_the_end() {
    var expected = new EnumMap<TaskStatus, MigrationStatus>(TaskStatus.class);
    for (var s : TaskStatus.values()) {
      expected.put(s, s == TaskStatus.INIT ? INIT : s.done() ? DONE : s.failed() ? FAILED : DOING);
    }

    for (var s : TaskStatus.values()) {
      assertThat(CatalogRollUp.statusOf(s)).as("%s", s).isEqualTo(expected.get(s));
    }
  }

  @Test
  void a_running_task_makes_its_partitions_table_and_database_doing() {
    var catalog = catalog("2");
    var table = catalog.tables().get(0);
    var task = task(table, catalog.partitionsOf(table).subList(0, 1), TaskStatus.DATA_DOING);

    rollUp.onTaskStatus(task, LATER);

    assertThat(partitionStatuses(table)).containsExactly(DOING, INIT);
    assertThat(tableStatus(table)).isEqualTo(DOING);
    assertThat(store.databases().findById(table.sourceId(), table.dbId()).get().status()).isEqualTo(DOING);
    assertThat(store.partitions().findByTable(table.id()).get(0).updateTime()).isEqualTo(LATER);
  }

  @Test
  void a_table_with_some_partitions_done_is_part_done_and_so_is_its_database() {
    var catalog = catalog("2");
    var table = catalog.tables().get(0);

    rollUp.onTaskStatus(task(table, catalog.partitionsOf(table).subList(0, 1), TaskStatus.DONE), LATER);

    assertThat(tableStatus(table)).isEqualTo(PART_DONE);
    assertThat(dbStatus(table)).isEqualTo(PART_DONE);
  }

  @Test
  void a_failed_partition_fails_the_table_unless_another_is_still_doing() {
    var catalog = catalog("3");
    var table = catalog.tables().get(0);
    var partitions = catalog.partitionsOf(table);
    rollUp.onTaskStatus(task(table, partitions.subList(0, 1), TaskStatus.SCHEMA_FAILED), LATER);
    var whileAnotherRuns = task(table, partitions.subList(1, 2), TaskStatus.SCHEMA_DOING);

    rollUp.onTaskStatus(whileAnotherRuns, LATER);
    var doing = tableStatus(table);
    rollUp.onTaskStatus(inStatus(whileAnotherRuns, TaskStatus.DONE), LATER);

    assertThat(doing).isEqualTo(DOING);
    assertThat(tableStatus(table)).isEqualTo(FAILED);
    assertThat(dbStatus(table)).isEqualTo(FAILED);
  }

  @Test
  void a_table_is_done_when_all_its_partitions_are_and_the_database_when_all_tables_are() {
    var catalog = catalog("2");

    for (var table : catalog.tables()) {
      rollUp.onTaskStatus(task(table, catalog.partitionsOf(table), TaskStatus.DONE), LATER);
    }

    assertThat(catalog.tables()).allSatisfy(t -> assertThat(tableStatus(t)).isEqualTo(DONE));
    assertThat(dbStatus(catalog.tables().get(0))).isEqualTo(DONE);
  }

  @Test
  void a_non_partitioned_table_takes_its_tasks_status_and_done_clears_updated() {
    var catalog = catalog("0");
    var table = catalog.tables().get(0);
    store.tables().updateAll(List.of(table.withUpdated(true, NOW)));
    var task = task(table, List.of(), TaskStatus.VERIFICATION_FAILED);

    rollUp.onTaskStatus(task, LATER);
    var failed = store.tables().findById(table.sourceId(), table.id()).get();
    rollUp.onTaskStatus(inStatus(task, TaskStatus.DONE), LATER);
    var done = store.tables().findById(table.sourceId(), table.id()).get();

    assertThat(failed.status()).isEqualTo(FAILED);
    assertThat(failed.updated()).isTrue();
    assertThat(done.status()).isEqualTo(DONE);
    assertThat(done.updated()).isFalse();
    assertThat(dbStatus(table)).isEqualTo(PART_DONE);
  }

  @Test
  void a_task_reset_to_init_returns_what_it_covers_to_init() {
    var catalog = catalog("2");
    var table = catalog.tables().get(0);
    var task = task(table, catalog.partitionsOf(table), TaskStatus.DATA_FAILED);
    rollUp.onTaskStatus(task, LATER);

    rollUp.onTaskStatus(inStatus(task, TaskStatus.INIT), LATER);

    assertThat(partitionStatuses(table)).containsOnly(INIT);
    assertThat(tableStatus(table)).isEqualTo(INIT);
    assertThat(dbStatus(table)).isEqualTo(INIT);
  }

  @Test
  void deleted_partitions_do_not_count_in_the_roll_up() {
    var catalog = catalog("2");
    var table = catalog.tables().get(0);
    var partitions = catalog.partitionsOf(table);
    var gone = partitions.get(1);
    store.partitions().updateAll(List.of(new Partition(gone.id(), gone.sourceId(), gone.dbId(),
        gone.dbName(), gone.tableId(), gone.tableName(), gone.value(), gone.lastDdlTime(),
        gone.numRows(), gone.size(), gone.status(), gone.updated(), gone.createTime(), NOW, true)));

    rollUp.onTaskStatus(task(table, partitions.subList(0, 1), TaskStatus.DONE), LATER);

    assertThat(tableStatus(table)).isEqualTo(DONE);
  }

  private MockCatalog catalog(String partitions) {
    var source = MockCatalog.source(store.ids().next(Sequence.DATA_SOURCE), Map.of(
        ConfigItems.MOCK_DATABASES, "1", ConfigItems.MOCK_TABLES, "2",
        ConfigItems.MOCK_PARTITIONS, partitions), NOW);
    var catalog = MockCatalog.of(source, store.ids(), NOW);
    store.dataSources().insert(source);
    store.databases().insertAll(catalog.databases());
    store.tables().insertAll(catalog.tables());
    store.partitions().insertAll(catalog.partitions());
    return catalog;
  }

  private Task task(Table table, List<Partition> partitions, TaskStatus status) {
    var planned = Task.planned(new TaskId(store.ids().next(Sequence.TASK)), new JobId(1),
        table.sourceId(), table.dbId(), table.id(), table.dbName(), table.name(), "dst",
        table.name().value(), "MOCK", partitions.stream().map(Partition::id).toList(), NOW);
    return inStatus(planned, status);
  }

  private static Task inStatus(Task t, TaskStatus status) {
    return new Task(t.id(), t.jobId(), t.sourceId(), t.dbId(), t.tableId(), t.srcDbName(),
        t.srcTableName(), t.dstDbName(), t.dstTableName(), t.type(), t.partitions(), status,
        t.lease(), t.stopped(), t.retriedTimes(), t.autoRetries(), t.nextAttemptAt(),
        t.version() + 1, t.createTime(), t.startTime(), t.endTime());
  }

  private List<MigrationStatus> partitionStatuses(Table table) {
    return store.partitions().findByTable(table.id()).stream().map(Partition::status).toList();
  }

  private MigrationStatus tableStatus(Table table) {
    return store.tables().findById(table.sourceId(), table.id()).get().status();
  }

  private MigrationStatus dbStatus(Table table) {
    return store.databases().findById(table.sourceId(), table.dbId()).get().status();
  }
}
