package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.partition;
import static dev.mms.application.port.out.contract.Fixtures.partitionIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.application.port.query.Sort;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.PartitionRepository} does. */
public abstract class PartitionRepositoryContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);

  @Test
  void a_partition_is_found_only_under_its_own_source() {
    var p = partition(1, 1, 1, 1).numRows(10).size(100).lastDdlTime(at(5)).updated(true).build();
    stores.partitions().insertAll(List.of(p));

    assertThat(stores.partitions().findById(S1, new PartitionId(1)).toJavaOptional()).contains(p);
    assertThat(stores.partitions().findById(new SourceId(2), new PartitionId(1)).isEmpty()).isTrue();
  }

  @Test
  void find_by_ids_returns_those_that_exist() {
    stores.partitions().insertAll(List.of(partition(1, 1, 1, 1).build(), partition(2, 1, 1, 1).build()));

    assertThat(stores.partitions().findByIds(partitionIds(2, 1, 99)))
        .extracting(p -> p.id().value()).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void find_by_table_and_by_database_include_deleted_partitions_in_id_order() {
    stores.partitions().insertAll(List.of(
        partition(3, 1, 1, 1).build(),
        partition(1, 1, 1, 1).deleted(true).build(),
        partition(2, 1, 1, 2).build(),
        partition(4, 1, 2, 3).build()));

    assertThat(stores.partitions().findByTable(new TableId(1))).extracting(p -> p.id().value()).containsExactly(1L, 3L);
    assertThat(stores.partitions().findByDatabase(new DatabaseId(1))).extracting(p -> p.id().value()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void update_all_replaces_stored_partitions_and_ignores_absent_ones() {
    stores.partitions().insertAll(List.of(partition(1, 1, 1, 1).build()));
    var changed = partition(1, 1, 1, 1).updated(true).numRows(7).build();

    stores.partitions().updateAll(List.of(changed, partition(2, 1, 1, 1).build()));

    assertThat(stores.partitions().findById(S1, new PartitionId(1)).get()).isEqualTo(changed);
    assertThat(stores.partitions().findById(S1, new PartitionId(2)).isEmpty()).isTrue();
  }

  @Test
  void update_status_sets_status_and_time_and_done_clears_updated() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).updated(true).build(), partition(2, 1, 1, 1).updated(true).build()));

    stores.partitions().updateStatus(partitionIds(1, 99), MigrationStatus.DONE, at(50));
    stores.partitions().updateStatus(partitionIds(2), MigrationStatus.DOING, at(60));

    var done = stores.partitions().findById(S1, new PartitionId(1)).get();
    var doing = stores.partitions().findById(S1, new PartitionId(2)).get();
    assertThat(List.of(done.status(), doing.status())).containsExactly(MigrationStatus.DONE, MigrationStatus.DOING);
    assertThat(List.of(done.updated(), doing.updated())).containsExactly(false, true);
    assertThat(List.of(done.updateTime(), doing.updateTime())).containsExactly(at(50), at(60));
    assertThat(stores.partitions().findById(S1, new PartitionId(99)).isEmpty()).isTrue();
  }

  @Test
  void find_does_not_list_deleted_partitions_nor_other_sources() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).build(), partition(2, 1, 1, 1).deleted(true).build(), partition(3, 2, 5, 5).build()));

    assertThat(ids(new Query().build())).containsExactly(1L);
  }

  @Test
  void find_filters_by_database_and_table_ids_and_names() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).build(),
        partition(2, 1, 1, 2).tableName("t2").build(),
        partition(3, 1, 2, 3).dbName("db2").build()));

    assertThat(ids(new Query().dbId(1).build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().dbName("db2").build())).containsExactly(3L);
    assertThat(ids(new Query().tableId(2).build())).containsExactly(2L);
    assertThat(ids(new Query().tableName("t1").build())).containsExactly(1L);
    assertThat(ids(new Query().dbId(2).tableId(1).build())).isEmpty();
  }

  @Test
  void find_filters_by_exact_partition_value() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).value("ds", "2024-01-01", "region", "eu").build(),
        partition(2, 1, 1, 1).value("ds", "2024-01-01", "region", "us").build(),
        partition(3, 1, 1, 1).value("ds", "2024-01-01").build()));

    assertThat(ids(new Query().value(PartitionSpec.of("ds", "2024-01-01", "region", "eu")).build())).containsExactly(1L);
    assertThat(ids(new Query().value(PartitionSpec.of("ds", "2024-01-01")).build())).containsExactly(3L);
  }

  @Test
  void find_filters_by_updated_flag_and_status_set() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).updated(true).status(MigrationStatus.DONE).build(),
        partition(2, 1, 1, 1).status(MigrationStatus.FAILED).build(),
        partition(3, 1, 1, 1).status(MigrationStatus.INIT).build()));

    assertThat(ids(new Query().updated(true).build())).containsExactly(1L);
    assertThat(ids(new Query().updated(false).build())).containsExactly(2L, 3L);
    assertThat(ids(new Query().statuses(MigrationStatus.FAILED, MigrationStatus.INIT).build())).containsExactly(2L, 3L);
  }

  @Test
  void find_filters_by_an_inclusive_last_ddl_time_range_excluding_unknown_times() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).lastDdlTime(at(10)).build(),
        partition(2, 1, 1, 1).lastDdlTime(at(20)).build(),
        partition(3, 1, 1, 1).build()));

    assertThat(ids(new Query().ddlFrom(at(10)).ddlTo(at(10)).build())).containsExactly(1L);
    assertThat(ids(new Query().ddlFrom(at(11)).build())).containsExactly(2L);
    assertThat(ids(new Query().ddlTo(at(20)).build())).containsExactly(1L, 2L);
  }

  @Test
  void find_sorts_by_each_field_with_unknown_values_last_in_both_directions() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).numRows(5).size(30).lastDdlTime(at(2)).build(),
        partition(2, 1, 1, 1).build(),
        partition(3, 1, 1, 1).numRows(9).size(10).lastDdlTime(at(1)).build(),
        partition(4, 1, 1, 1).numRows(5).size(20).lastDdlTime(at(2)).build()));

    assertThat(ids(new Query().sort(PartitionQuery.Field.NUM_ROWS, Direction.ASC).build())).containsExactly(1L, 4L, 3L, 2L);
    assertThat(ids(new Query().sort(PartitionQuery.Field.NUM_ROWS, Direction.DESC).build())).containsExactly(3L, 1L, 4L, 2L);
    assertThat(ids(new Query().sort(PartitionQuery.Field.SIZE, Direction.DESC).build())).containsExactly(1L, 4L, 3L, 2L);
    assertThat(ids(new Query().sort(PartitionQuery.Field.LAST_DDL_TIME, Direction.ASC).build())).containsExactly(3L, 1L, 4L, 2L);
  }

  @Test
  void find_sorts_by_the_values_an_update_left_known_or_unknown() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).numRows(5).size(30).lastDdlTime(at(2)).build(),
        partition(2, 1, 1, 1).build(),
        partition(3, 1, 1, 1).numRows(9).size(10).lastDdlTime(at(1)).build()));

    stores.partitions().updateAll(List.of(
        partition(1, 1, 1, 1).build(),
        partition(2, 1, 1, 1).numRows(7).size(20).lastDdlTime(at(3)).build()));

    assertThat(ids(new Query().sort(PartitionQuery.Field.NUM_ROWS, Direction.DESC).build())).containsExactly(3L, 2L, 1L);
    assertThat(ids(new Query().sort(PartitionQuery.Field.SIZE, Direction.ASC).build())).containsExactly(3L, 2L, 1L);
    assertThat(ids(new Query().sort(PartitionQuery.Field.LAST_DDL_TIME, Direction.DESC).build())).containsExactly(2L, 3L, 1L);
  }

  @Test
  void find_cuts_pages_and_counts_every_match() {
    for (long id = 1; id <= 5; id++) {
      stores.partitions().insertAll(List.of(partition(id, 1, 1, 1).build()));
    }

    var third = stores.partitions().find(new Query().page(page(3, 2)).build());
    var beyond = stores.partitions().find(new Query().page(page(4, 2)).build());

    assertThat(third.items()).extracting(p -> p.id().value()).containsExactly(5L);
    assertThat(third.total()).isEqualTo(5);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void counts_count_live_partitions_per_status_and_leave_out_empty_tables_and_databases() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).status(MigrationStatus.DONE).build(),
        partition(2, 1, 1, 1).status(MigrationStatus.DOING).build(),
        partition(3, 1, 1, 2).status(MigrationStatus.FAILED).build(),
        partition(4, 1, 1, 3).status(MigrationStatus.DONE).deleted(true).build()));

    var byTable = stores.partitions().countsByTable(List.of(new TableId(1), new TableId(2), new TableId(3)));
    var byDatabase = stores.partitions().countsByDatabase(List.of(new DatabaseId(1), new DatabaseId(2)));

    assertThat(byTable).isEqualTo(Map.of(
        new TableId(1), new StatusCounts(2, 0, 1, 1, 0, 0),
        new TableId(2), new StatusCounts(1, 0, 0, 0, 1, 0)));
    assertThat(byDatabase).isEqualTo(Map.of(new DatabaseId(1), new StatusCounts(3, 0, 1, 1, 1, 0)));
  }

  @Test
  void the_totals_and_the_counts_match_the_stored_partitions_after_every_kind_of_write() {
    stores.partitions().insertAll(List.of(
        partition(1, 1, 1, 1).build(),
        partition(2, 1, 1, 1).status(MigrationStatus.DONE).build(),
        partition(3, 1, 1, 2).updated(true).build(),
        partition(4, 1, 1, 2).status(MigrationStatus.FAILED).deleted(true).build(),
        partition(5, 1, 2, 3).updated(true).build(),
        partition(6, 2, 3, 4).tableName("t2").build()));
    assertTotalsAndCountsMatchTheStoredPartitions();

    stores.partitions().updateAll(List.of(
        partition(1, 1, 1, 2).updated(true).build(),
        partition(3, 1, 1, 2).updated(true).deleted(true).build(),
        partition(4, 1, 1, 2).status(MigrationStatus.FAILED).build(),
        partition(5, 1, 2, 3).dbName("db1").tableName("t2").updated(true).build(),
        partition(99, 1, 1, 1).build()));
    assertTotalsAndCountsMatchTheStoredPartitions();

    stores.partitions().updateStatus(partitionIds(1, 2, 3, 99), MigrationStatus.DOING, at(10));
    assertTotalsAndCountsMatchTheStoredPartitions();

    stores.partitions().updateStatus(partitionIds(1, 5), MigrationStatus.DONE, at(20));
    assertTotalsAndCountsMatchTheStoredPartitions();

    stores.partitions().insertAll(List.of(partition(7, 1, 2, 3).status(MigrationStatus.DONE).build()));
    stores.partitions().deleteBySource(new SourceId(2));
    assertTotalsAndCountsMatchTheStoredPartitions();

    stores.partitions().deleteBySource(S1);
    assertTotalsAndCountsMatchTheStoredPartitions();
  }

  @Test
  void a_source_deleted_while_its_partitions_are_written_keeps_none_of_them() throws Exception {
    stores.dataSources().insert(Fixtures.source(1).build());
    stores.partitions().insertAll(List.of(partition(1, 1, 1, 1).build()));
    var written = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var threads = Executors.newFixedThreadPool(2);
    var writer = threads.submit(() -> stores.transactions().inTransaction(() -> {
      stores.partitions().insertAll(List.of(partition(2, 1, 1, 2).status(MigrationStatus.DONE).build()));
      stores.partitions().updateStatus(partitionIds(1), MigrationStatus.DOING, at(10));
      written.countDown();
      await(release);
      return null;
    }));
    var deleter = threads.submit(() -> {
      written.await();
      stores.partitions().deleteBySource(S1);
      return null;
    });

    written.await();
    Thread.sleep(300);
    release.countDown();
    writer.get(10, TimeUnit.SECONDS);
    deleter.get(10, TimeUnit.SECONDS);
    threads.shutdown();

    assertThat(stores.partitions().findByDatabase(new DatabaseId(1))).isEmpty();
    assertTotalsAndCountsMatchTheStoredPartitions();
  }

  @Test
  void delete_by_source_removes_only_that_source() {
    stores.partitions().insertAll(List.of(partition(1, 1, 1, 1).build(), partition(2, 2, 2, 2).build()));

    stores.partitions().deleteBySource(S1);

    assertThat(stores.partitions().findByTable(new TableId(1))).isEmpty();
    assertThat(stores.partitions().findByTable(new TableId(2))).hasSize(1);
  }

  @Test
  void a_bulk_insert_of_twenty_thousand_partitions_is_stored_whole() {
    var batch = new ArrayList<Partition>();
    for (long id = 1; id <= 20_000; id++) {
      batch.add(partition(id, 1, 1, 1 + id % 4).numRows(id).build());
    }

    stores.partitions().insertAll(batch);

    assertThat(stores.partitions().findByDatabase(new DatabaseId(1))).hasSize(20_000);
    assertThat(stores.partitions().find(new Query().tableId(1).page(page(1, 10)).build()).total()).isEqualTo(5_000);
  }

  /**
   * Every list of either source by database (id or name), table (id or name), statuses and the
   * updated flag, each or none, has a total equal to the live partitions of databases 1 to 3 it
   * matches, sorted or not, and lists them all; and the counts per table and per database count
   * those partitions.
   */
  private void assertTotalsAndCountsMatchTheStoredPartitions() {
    var live = new ArrayList<Partition>();
    for (long db = 1; db <= 3; db++) {
      stores.partitions().findByDatabase(new DatabaseId(db)).stream()
          .filter(p -> !p.deleted())
          .forEach(live::add);
    }
    List<Consumer<Query>> databases = List.of(q -> { }, q -> q.dbId(2), q -> q.dbName("db1"));
    List<Consumer<Query>> tables = List.of(q -> { }, q -> q.tableId(2), q -> q.tableName("t2"));
    var statusSets = List.of(new MigrationStatus[0], new MigrationStatus[] {MigrationStatus.INIT},
        new MigrationStatus[] {MigrationStatus.DONE, MigrationStatus.DOING});
    var updatedOrNot = List.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false));
    for (long source = 1; source <= 2; source++) {
      for (var database : databases) {
        for (var table : tables) {
          for (var statuses : statusSets) {
            for (var updated : updatedOrNot) {
              var query = new Query().source(source).statuses(statuses);
              database.accept(query);
              table.accept(query);
              updated.ifPresent(query::updated);
              var expected = live.stream().filter(p -> matches(p, query.build())).count();

              var all = stores.partitions().find(query.build());
              var first = stores.partitions().find(
                  query.sort(PartitionQuery.Field.SIZE, Direction.DESC).page(page(1, 1)).build());

              assertThat(all.total()).as("%s", query.build()).isEqualTo(expected);
              assertThat(all.items()).hasSize((int) expected);
              assertThat(first.total()).as("%s", query.build()).isEqualTo(expected);
            }
          }
        }
      }
    }
    var tableIds = List.of(new TableId(1), new TableId(2), new TableId(3), new TableId(4));
    var dbIds = List.of(new DatabaseId(1), new DatabaseId(2), new DatabaseId(3));
    assertThat(stores.partitions().countsByTable(tableIds)).isEqualTo(countsOf(live, Partition::tableId));
    assertThat(stores.partitions().countsByDatabase(dbIds)).isEqualTo(countsOf(live, Partition::dbId));
  }

  private static boolean matches(Partition p, PartitionQuery q) {
    return p.sourceId().equals(q.sourceId())
        && q.dbId().map(p.dbId()::equals).orElse(true)
        && q.dbName().map(p.dbName()::equals).orElse(true)
        && q.tableId().map(p.tableId()::equals).orElse(true)
        && q.tableName().map(p.tableName()::equals).orElse(true)
        && q.updated().map(u -> u == p.updated()).orElse(true)
        && (q.statuses().isEmpty() || q.statuses().contains(p.status()));
  }

  private static <K> Map<K, StatusCounts> countsOf(
      List<Partition> partitions, Function<Partition, K> parent) {
    return partitions.stream().collect(Collectors.groupingBy(parent, Collectors.collectingAndThen(
        Collectors.mapping(Partition::status, Collectors.toList()), StatusCounts::of)));
  }

  private List<Long> ids(PartitionQuery query) {
    return stores.partitions().find(query).items().stream().map(p -> p.id().value()).toList();
  }

  /** A query of source 1, unless told another, with no filter, narrowed step by step. */
  private static final class Query {
    private SourceId sourceId = S1;
    private Optional<DatabaseId> dbId = Optional.empty();
    private Optional<DatabaseName> dbName = Optional.empty();
    private Optional<TableId> tableId = Optional.empty();
    private Optional<TableName> tableName = Optional.empty();
    private Optional<PartitionSpec> value = Optional.empty();
    private Optional<Boolean> updated = Optional.empty();
    private Set<MigrationStatus> statuses = Set.of();
    private Optional<Instant> from = Optional.empty();
    private Optional<Instant> to = Optional.empty();
    private final List<Sort<PartitionQuery.Field>> sorts = new ArrayList<>();
    private PageRequest page = PageRequest.ALL;

    Query source(long v) {
      sourceId = new SourceId(v);
      return this;
    }

    Query dbId(long v) {
      dbId = Optional.of(new DatabaseId(v));
      return this;
    }

    Query dbName(String v) {
      dbName = Optional.of(new DatabaseName(v));
      return this;
    }

    Query tableId(long v) {
      tableId = Optional.of(new TableId(v));
      return this;
    }

    Query tableName(String v) {
      tableName = Optional.of(new TableName(v));
      return this;
    }

    Query value(PartitionSpec v) {
      value = Optional.of(v);
      return this;
    }

    Query updated(boolean v) {
      updated = Optional.of(v);
      return this;
    }

    Query statuses(MigrationStatus... v) {
      statuses = Set.of(v);
      return this;
    }

    Query ddlFrom(Instant v) {
      from = Optional.of(v);
      return this;
    }

    Query ddlTo(Instant v) {
      to = Optional.of(v);
      return this;
    }

    Query sort(PartitionQuery.Field field, Direction direction) {
      sorts.add(new Sort<>(field, direction));
      return this;
    }

    Query page(PageRequest v) {
      page = v;
      return this;
    }

    PartitionQuery build() {
      return new PartitionQuery(sourceId, dbId, dbName, tableId, tableName, value, updated, statuses,
          from, to, sorts, page);
    }
  }
}
