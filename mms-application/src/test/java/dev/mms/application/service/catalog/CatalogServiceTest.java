package dev.mms.application.service.catalog;

import static dev.mms.application.service.FixedCatalogReader.db;
import static dev.mms.application.service.FixedCatalogReader.partitioned;
import static dev.mms.application.service.FixedCatalogReader.plain;
import static dev.mms.application.service.Fixture.all;
import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.catalog.GetDatabaseUseCase.GetDatabaseQuery;
import dev.mms.application.port.in.catalog.GetPartitionUseCase.GetPartitionQuery;
import dev.mms.application.port.in.catalog.GetTableUseCase.GetTableQuery;
import dev.mms.application.port.in.catalog.ListDatabasesUseCase.ListDatabasesQuery;
import dev.mms.application.port.in.catalog.ListPartitionsUseCase.ListPartitionsQuery;
import dev.mms.application.port.in.catalog.ListTablesUseCase.ListTablesQuery;
import dev.mms.application.port.in.catalog.UpdateDatabaseUseCase.UpdateDatabaseCommand;
import dev.mms.application.port.in.catalog.UpdateTableUseCase.UpdateTableCommand;
import dev.mms.application.port.in.catalog.UpdateTablesUseCase.UpdateTablesCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.DeleteJobUseCase.DeleteJobCommand;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.service.Fixture;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {
  private final Fixture f = new Fixture();
  private final SourceId pg = f.scannedSource("pg",
      db("sales", plain("users", 10), partitioned("orders", 5, "1", "2", "3")),
      db("hr", plain("staff", 100)));

  @Test
  void databases_are_listed_with_their_counters_and_sorted_as_asked() {
    var page = right(f.catalog.listDatabases(new ListDatabasesQuery(pg.value(), Optional.empty(),
        Optional.empty(), Map.of("size", "desc"), all())));

    assertThat(page.items()).extracting(v -> v.database().name().value()).containsExactly("hr", "sales");
    var sales = page.items().get(1);
    assertThat(sales.sourceName()).isEqualTo("pg");
    assertThat(sales.tables().total()).isEqualTo(2);
    assertThat(sales.partitions().init()).isEqualTo(3);
  }

  @Test
  void bad_statuses_and_sorters_are_named_with_what_is_accepted() {
    var result = f.catalog.listDatabases(new ListDatabasesQuery(pg.value(), Optional.empty(),
        Optional.of("STARTED"), Map.of("rows", "desc", "size", "up"), all()));

    assertThat(result.getLeft().message())
        .contains("status: unknown value 'STARTED'", "INIT, DOING, DONE, FAILED, PART_DONE")
        .contains("sorter.rows: cannot sort by 'rows'")
        .contains("sorter.size: expected asc or desc, got 'up'");
  }

  @Test
  void an_unknown_database_table_or_partition_is_not_found() {
    assertThat(f.catalog.getDatabase(new GetDatabaseQuery(pg.value(), 999)).getLeft().code())
        .isEqualTo("EntityNotExist.Db");
    assertThat(f.catalog.getTable(new GetTableQuery(pg.value(), 999)).getLeft().code())
        .isEqualTo("EntityNotExist.Table");
    assertThat(f.catalog.getPartition(new GetPartitionQuery(pg.value(), 999)).getLeft().code())
        .isEqualTo("EntityNotExist.Partition");
  }

  @Test
  void tables_are_filtered_by_database_partitioning_and_status() {
    var page = right(f.catalog.listTables(tables(Optional.of("sales"), Optional.of(true), List.of("INIT"))));

    assertThat(page.items()).extracting(v -> v.table().name().value()).containsExactly("orders");
    assertThat(page.items().get(0).partitions().total()).isEqualTo(3);
  }

  @Test
  void a_table_status_filter_that_does_not_parse_is_named() {
    var result = f.catalog.listTables(tables(Optional.empty(), Optional.empty(), List.of("DONE", "FINISHED")));

    assertThat(result.getLeft().message()).contains("status: unknown value 'FINISHED'");
  }

  @Test
  void a_table_gets_a_destination_and_its_partitions_show_it() {
    var orders = table("sales", "orders");

    right(f.catalog.updateTable(new UpdateTableCommand(pg.value(), orders.id().value(),
        Optional.of("pj"), Optional.of("ods"), Optional.of("orders_v2"), Optional.empty())));

    var partitions = right(f.catalog.listPartitions(partitions(Optional.of(orders.id().value()), Optional.empty(), List.of())));
    assertThat(partitions.items()).allSatisfy(v -> {
      assertThat(v.dstProjectName()).contains("pj");
      assertThat(v.dstSchemaName()).contains("ods");
      assertThat(v.dstTableName()).isEqualTo("orders_v2");
    });
    assertThat(right(f.catalog.getTable(new GetTableQuery(pg.value(), orders.id().value()))).table().dstName())
        .contains("orders_v2");
  }

  @Test
  void resetting_a_table_to_init_resets_its_partitions() {
    var orders = table("sales", "orders");
    f.store.partitions().updateStatus(partitionIds(orders), MigrationStatus.DONE, Fixture.T0);

    right(f.catalog.updateTable(new UpdateTableCommand(pg.value(), orders.id().value(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("INIT"))));

    assertThat(f.store.partitions().findByTable(orders.id())).extracting(Partition::status)
        .containsOnly(MigrationStatus.INIT);
  }

  @Test
  void only_init_can_be_set_as_a_status() {
    var orders = table("sales", "orders");

    var result = f.catalog.updateTable(new UpdateTableCommand(pg.value(), orders.id().value(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("DONE")));

    assertThat(result.getLeft().message()).contains("only INIT can be set");
  }

  @Test
  void a_batch_update_naming_unknown_tables_lists_them_and_changes_nothing() {
    var result = f.catalog.updateTables(new UpdateTablesCommand(pg.value(), "sales",
        List.of("users", "ghost", "phantom"), List.of(), Optional.of("pj"), Optional.empty(), Optional.empty()));

    assertThat(result.getLeft().message()).contains("database sales has no tables [ghost, phantom]");
    assertThat(table("sales", "users").dstProjectName()).isEmpty();
  }

  @Test
  void a_batch_update_maps_every_named_table() {
    var count = right(f.catalog.updateTables(new UpdateTablesCommand(pg.value(), "sales",
        List.of("users", "orders"), List.of(), Optional.of("pj"), Optional.of("ods"), Optional.of("INIT"))));

    assertThat(count).isEqualTo(2);
    assertThat(table("sales", "users").dstProjectName()).contains("pj");
    assertThat(table("sales", "orders").dstSchemaName()).contains("ods");
  }

  @Test
  void a_batch_update_needs_a_known_database_and_some_tables() {
    var noDb = f.catalog.updateTables(new UpdateTablesCommand(pg.value(), "nope", List.of("t"),
        List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
    var noTables = f.catalog.updateTables(new UpdateTablesCommand(pg.value(), "sales", List.of(),
        List.of(), Optional.empty(), Optional.empty(), Optional.empty()));

    assertThat(noDb.getLeft().code()).isEqualTo("EntityNotExist.Db");
    assertThat(noTables.getLeft().code()).isEqualTo("MissingParameter");
  }

  @Test
  void resetting_a_database_resets_its_tables_and_partitions() {
    var sales = database("sales");
    var orders = table("sales", "orders");
    f.store.partitions().updateStatus(partitionIds(orders), MigrationStatus.FAILED, Fixture.T0);

    right(f.catalog.updateDatabase(new UpdateDatabaseCommand(pg.value(), sales.id().value(),
        Optional.of("pj"), Optional.of("sales_schema"), Optional.of("init"))));

    var db = right(f.catalog.getDatabase(new GetDatabaseQuery(pg.value(), sales.id().value())));
    assertThat(db.database().dstProjectName()).contains("pj");
    assertThat(db.database().dstName()).contains("sales_schema");
    assertThat(db.database().status()).isEqualTo(MigrationStatus.INIT);
    assertThat(db.partitions().init()).isEqualTo(3);
  }

  @Test
  void resetting_a_table_a_live_task_migrates_is_refused_naming_the_task() {
    var users = table("sales", "users");
    var task = tasksOf(job("users")).get(0);

    var result = f.catalog.updateTable(new UpdateTableCommand(pg.value(), users.id().value(),
        Optional.empty(), Optional.empty(), Optional.of("users_v2"), Optional.of("INIT")));

    assertThat(result.getLeft().code()).isEqualTo("Conflict");
    assertThat(result.getLeft().message())
        .isEqualTo("table users is being migrated by task " + task.id() + "; let it finish or delete its job first");
    assertThat(table("sales", "users").dstName()).isEmpty();
  }

  @Test
  void resetting_tables_whose_partitions_live_tasks_migrate_is_refused_naming_every_task() {
    var orders = table("sales", "orders");
    var tasks = tasksOf(job("users", "orders"));
    f.store.partitions().updateStatus(partitionIds(orders), MigrationStatus.DONE, Fixture.T0);
    var usersTask = tasks.stream().filter(t -> t.srcTableName().value().equals("users")).findFirst().get();
    var ordersTask = tasks.stream().filter(t -> t.srcTableName().value().equals("orders")).findFirst().get();

    var result = f.catalog.updateTables(new UpdateTablesCommand(pg.value(), "sales",
        List.of("users", "orders"), List.of(), Optional.empty(), Optional.empty(), Optional.of("INIT")));

    assertThat(result.getLeft().message()).isEqualTo("tables users (task " + usersTask.id() + "), orders (task "
        + ordersTask.id() + ") are being migrated; let those tasks finish or delete their jobs first");
    assertThat(f.store.partitions().findByTable(orders.id())).extracting(Partition::status)
        .containsOnly(MigrationStatus.DONE);
  }

  @Test
  void resetting_a_database_is_refused_while_a_live_task_migrates_one_of_its_tables() {
    var sales = database("sales");
    var task = tasksOf(job("orders")).get(0);

    var result = f.catalog.updateDatabase(new UpdateDatabaseCommand(pg.value(), sales.id().value(),
        Optional.of("pj"), Optional.empty(), Optional.of("INIT")));

    assertThat(result.getLeft().message()).contains("table orders is being migrated by task " + task.id());
    assertThat(database("sales").dstProjectName()).isEmpty();
  }

  @Test
  void destinations_may_change_while_live_tasks_migrate_the_tables() {
    var sales = database("sales");
    job("users", "orders");

    right(f.catalog.updateDatabase(new UpdateDatabaseCommand(pg.value(), sales.id().value(),
        Optional.of("pj"), Optional.empty(), Optional.empty())));
    right(f.catalog.updateTables(new UpdateTablesCommand(pg.value(), "sales", List.of("users", "orders"),
        List.of(), Optional.of("pj"), Optional.of("ods"), Optional.empty())));

    assertThat(table("sales", "orders").dstSchemaName()).contains("ods");
  }

  @Test
  void a_table_can_be_reset_once_the_job_migrating_it_is_deleted() {
    var users = table("sales", "users");
    var jobId = job("users");
    right(f.jobs.deleteJob(new DeleteJobCommand(pg.value(), jobId.value())));

    var result = f.catalog.updateTable(new UpdateTableCommand(pg.value(), users.id().value(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("INIT")));

    assertThat(result.isRight()).isTrue();
  }

  @Test
  void partitions_are_found_by_value_and_a_bad_value_or_status_is_named() {
    var byValue = right(f.catalog.listPartitions(partitions(Optional.empty(), Optional.of("ds=2"), List.of())));
    var badValue = f.catalog.listPartitions(partitions(Optional.empty(), Optional.of("ds"), List.of()));
    var partDone = f.catalog.listPartitions(partitions(Optional.empty(), Optional.empty(), List.of("PART_DONE")));

    assertThat(byValue.items()).extracting(v -> v.partition().value().render()).containsExactly("ds=2");
    assertThat(badValue.getLeft().message()).contains("partition");
    assertThat(partDone.getLeft().message()).contains("never PART_DONE");
  }

  @Test
  void a_partition_is_read_with_its_source_name() {
    var id = f.store.partitions().findByTable(table("sales", "orders").id()).get(0).id();

    var view = right(f.catalog.getPartition(new GetPartitionQuery(pg.value(), id.value())));

    assertThat(view.sourceName()).isEqualTo("pg");
    assertThat(view.dstTableName()).isEqualTo("orders");
    assertThat(view.dstValue()).isEqualTo("ds=1");
  }

  /** A job over {@code tables} of sales: its tasks stay live, no worker runs here. */
  private JobId job(String... tables) {
    var asyncId = right(f.jobs.createJob(new CreateJobCommand(pg.value(), "job", "sales",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        JobConfigInput.EMPTY.withTables(List.of(tables)))));
    return new JobId(f.store.asyncTasks().findById(pg, asyncId).get().objectId().getAsLong());
  }

  private List<Task> tasksOf(JobId jobId) {
    return f.store.tasks().findByJob(jobId);
  }

  private ListTablesQuery tables(Optional<String> dbName, Optional<Boolean> hasPartitions, List<String> status) {
    return new ListTablesQuery(pg.value(), Optional.empty(), dbName, Optional.empty(), Optional.empty(),
        hasPartitions, Optional.empty(), Optional.empty(), Optional.empty(), status, Optional.empty(),
        Optional.empty(), Map.of(), PageParams.DEFAULT);
  }

  private ListPartitionsQuery partitions(Optional<Long> tableId, Optional<String> value, List<String> status) {
    return new ListPartitionsQuery(pg.value(), Optional.empty(), Optional.empty(), tableId,
        Optional.empty(), value, Optional.empty(), status, Optional.empty(), Optional.empty(),
        Map.of(), all());
  }

  private Database database(String name) {
    return f.store.databases().findByName(pg, new DatabaseName(name)).get();
  }

  private Table table(String db, String name) {
    return f.store.tables().findByName(database(db).id(), new TableName(name)).get();
  }

  private List<PartitionId> partitionIds(Table table) {
    return f.store.partitions().findByTable(table.id()).stream().map(Partition::id).toList();
  }
}
