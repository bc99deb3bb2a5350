package dev.mms.application.service.metadata;

import static dev.mms.application.service.FixedCatalogReader.db;
import static dev.mms.application.service.FixedCatalogReader.partitioned;
import static dev.mms.application.service.FixedCatalogReader.plain;
import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.metadata.CreateScanUseCase.CreateScanCommand;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase.GetAsyncTaskQuery;
import dev.mms.application.port.in.metadata.GetScanUseCase.GetScanQuery;
import dev.mms.application.service.Fixture;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataServiceTest {
  private final Fixture f = new Fixture();

  @Test
  void a_scan_stores_the_catalog_and_summarises_it() {
    var pg = f.jdbcSource("pg");
    f.reader.serve(new CatalogSnapshot(List.of(
        db("sales", plain("users", 10), partitioned("orders", 5, "1", "2", "3")))));

    var scan = scan(pg, Optional.empty(), List.of());

    assertThat(scan.status()).isEqualTo(AsyncTaskStatus.DONE);
    assertThat(scan.progress()).isEqualTo(AsyncTask.COMPLETE);
    assertThat(scan.result()).contains(
        "{\"databases\":1,\"tables\":2,\"partitions\":3,\"added\":6,\"updated\":0,\"deleted\":0}");
    var sales = f.store.databases().findByName(pg, new DatabaseName("sales")).get();
    assertThat(f.store.tables().findByDatabase(sales.id())).hasSize(2);
    assertThat(f.store.partitions().findByDatabase(sales.id())).hasSize(3);
    assertThat(f.store.dataSources().findById(pg).get().lastUpdateTime()).contains(Fixture.T0);
  }

  @Test
  void a_rescan_rolls_up_a_migrated_table_that_gained_or_lost_partitions() {
    var pg = f.scannedSource("pg", db("sales", partitioned("orders", 5, "1", "2"), partitioned("items", 5, "1", "2")));
    var noEngineNeeded = new JobConfigInput(List.of("orders", "items"), List.of(), List.of(), List.of(),
        Map.of(), Map.of(), Map.of(), Optional.empty(), Optional.empty(), Optional.of(false),
        Optional.of(false), Optional.empty(), Optional.empty(), Map.of());
    right(f.jobs.createJob(new CreateJobCommand(pg.value(), "all", "sales", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), noEngineNeeded)));
    f.scheduler(4).newWorker("w").runUntilIdle();
    assertThat(f.store.databases().findByName(pg, new DatabaseName("sales")).get().status())
        .isEqualTo(MigrationStatus.DONE);
    f.reader.serve(new CatalogSnapshot(List.of(
        db("sales", partitioned("orders", 5, "1", "2", "3"), partitioned("items", 5)))));

    f.scanAll(pg);

    var sales = f.store.databases().findByName(pg, new DatabaseName("sales")).get();
    assertThat(f.store.tables().findByName(sales.id(), new TableName("orders")).get().status())
        .isEqualTo(MigrationStatus.PART_DONE);
    assertThat(f.store.tables().findByName(sales.id(), new TableName("items")).get().status())
        .as("no partition left to count").isEqualTo(MigrationStatus.INIT);
    assertThat(sales.status()).isEqualTo(MigrationStatus.PART_DONE);
  }

  @Test
  void a_rescan_marks_changed_partitions_updated_and_vanished_ones_deleted() {
    var pg = f.scannedSource("pg", db("sales", partitioned("orders", 5, "1", "2", "3")));
    f.reader.serve(new CatalogSnapshot(List.of(db("sales", partitioned("orders", 7, "1", "2")))));

    var scan = scan(pg, Optional.of("sales"), List.of("orders"));

    assertThat(scan.result()).hasValueSatisfying(r -> assertThat(r)
        .contains("\"deleted\":1"));
    var orders = f.store.tables().findByName(
        f.store.databases().findByName(pg, new DatabaseName("sales")).get().id(),
        new TableName("orders")).get();
    assertThat(f.store.partitions().findByTable(orders.id()))
        .extracting(Partition::deleted, Partition::updated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(false, true),
            org.assertj.core.groups.Tuple.tuple(false, true),
            org.assertj.core.groups.Tuple.tuple(true, false));
  }

  @Test
  void a_scan_of_one_database_leaves_the_others_alone() {
    var pg = f.scannedSource("pg", db("a", plain("t", 1)), db("b", plain("t", 1)));
    f.reader.serve(new CatalogSnapshot(List.of(db("b", plain("t", 1), plain("u", 2)))));

    var scan = scan(pg, Optional.of("b"), List.of());

    assertThat(scan.result()).hasValueSatisfying(r -> assertThat(r).contains("\"databases\":1,\"tables\":2"));
    assertThat(f.store.databases().findAllBySource(pg)).noneMatch(d -> d.deleted());
  }

  @Test
  void tables_need_their_database() {
    var pg = f.jdbcSource("pg");

    var result = f.metadata.createScan(new CreateScanCommand(pg.value(), Optional.empty(), List.of("t1")));

    assertThat(result.getLeft().code()).isEqualTo("MissingParameter");
    assertThat(result.getLeft().message()).contains("dbName");
  }

  @Test
  void a_stopped_or_unknown_source_is_not_scanned() {
    var pg = f.jdbcSource("pg");
    f.dataSources.updateDataSource(new UpdateDataSourceCommand(pg.value(), "STOP", Optional.empty(), Map.of(), false));

    var stopped = f.metadata.createScan(new CreateScanCommand(pg.value(), Optional.empty(), List.of()));
    var unknown = f.metadata.createScan(new CreateScanCommand(42, Optional.empty(), List.of()));

    assertThat(stopped.getLeft().code()).isEqualTo("IllegalStateTransition");
    assertThat(stopped.getLeft().message()).contains("STOPPED").contains("SCAN");
    assertThat(unknown.getLeft().code()).isEqualTo("EntityNotExist.DataSource");
  }

  @Test
  void a_scan_that_cannot_read_the_source_fails_with_the_reason() {
    var pg = f.jdbcSource("pg");
    f.reader.fail("host unreachable");

    var scan = scan(pg, Optional.empty(), List.of());

    assertThat(scan.status()).isEqualTo(AsyncTaskStatus.FAILED);
    assertThat(scan.errorMsg()).contains("host unreachable");
    assertThat(scan.status().scanStatus()).isEqualTo("SCAN_FAILED");
  }

  @Test
  void get_scan_knows_only_scans_and_get_async_task_knows_them_all() {
    var pg = f.jdbcSource("pg");
    var test = right(f.dataSources.updateDataSource(
        new UpdateDataSourceCommand(pg.value(), "START", Optional.empty(), Map.of(), true))).asyncTaskId().get();
    var scanId = right(f.metadata.createScan(new CreateScanCommand(pg.value(), Optional.empty(), List.of())));

    assertThat(f.metadata.getScan(new GetScanQuery(pg.value(), test.value())).getLeft().code())
        .isEqualTo("EntityNotExist.Scan");
    assertThat(right(f.metadata.getAsyncTask(new GetAsyncTaskQuery(pg.value(), scanId.value()))).type())
        .isEqualTo(AsyncTaskType.SCAN);
    assertThat(f.metadata.getAsyncTask(new GetAsyncTaskQuery(pg.value(), 999)).getLeft().code())
        .isEqualTo("EntityNotExist.AsyncTask");
  }

  private AsyncTask scan(SourceId source, Optional<String> dbName, List<String> tables) {
    var id = right(f.metadata.createScan(new CreateScanCommand(source.value(), dbName, tables)));
    return right(f.metadata.getScan(new GetScanQuery(source.value(), id.value())));
  }
}
