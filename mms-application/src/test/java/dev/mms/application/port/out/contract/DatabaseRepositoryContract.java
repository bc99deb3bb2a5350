package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.database;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.query.DatabaseQuery;
import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.source.SourceId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.DatabaseRepository} does. */
public abstract class DatabaseRepositoryContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);

  @Test
  void a_database_is_found_only_under_its_own_source() {
    var db = database(1, 1).build();
    stores.databases().insertAll(List.of(db));

    assertThat(stores.databases().findById(S1, new DatabaseId(1)).toJavaOptional()).contains(db);
    assertThat(stores.databases().findById(new SourceId(2), new DatabaseId(1)).isEmpty()).isTrue();
    assertThat(stores.databases().findById(S1, new DatabaseId(2)).isEmpty()).isTrue();
  }

  @Test
  void update_all_replaces_stored_databases_and_ignores_absent_ones() {
    stores.databases().insertAll(List.of(database(1, 1).build()));
    var done = database(1, 1).status(MigrationStatus.DONE).build();

    stores.databases().updateAll(List.of(done, database(2, 1).build()));

    assertThat(stores.databases().findById(S1, new DatabaseId(1)).get()).isEqualTo(done);
    assertThat(stores.databases().findById(S1, new DatabaseId(2)).isEmpty()).isTrue();
  }

  @Test
  void find_by_name_is_exact_within_the_source_and_prefers_the_live_database() {
    stores.databases().insertAll(List.of(
        database(1, 1).name("sales").deleted(true).build(),
        database(2, 1).name("sales").build(),
        database(3, 2).name("sales").build(),
        database(4, 1).name("Sales2").build()));

    assertThat(stores.databases().findByName(S1, new DatabaseName("sales")).get().id().value()).isEqualTo(2);
    assertThat(stores.databases().findByName(S1, new DatabaseName("SALES")).isEmpty()).isTrue();
    assertThat(stores.databases().findByName(new SourceId(9), new DatabaseName("sales")).isEmpty()).isTrue();
  }

  @Test
  void find_by_name_returns_a_deleted_database_when_no_live_one_has_the_name() {
    stores.databases().insertAll(List.of(database(1, 1).name("gone").deleted(true).build()));

    assertThat(stores.databases().findByName(S1, new DatabaseName("gone")).get().deleted()).isTrue();
  }

  @Test
  void find_all_by_source_includes_deleted_databases_in_id_order() {
    stores.databases().insertAll(List.of(
        database(3, 1).build(), database(1, 1).deleted(true).build(), database(2, 2).build()));

    assertThat(stores.databases().findAllBySource(S1)).extracting(d -> d.id().value()).containsExactly(1L, 3L);
  }

  @Test
  void find_matches_a_name_part_ignoring_case_and_lists_deleted_databases() {
    stores.databases().insertAll(List.of(
        database(1, 1).name("Sales_EU").build(),
        database(2, 1).name("hr").build(),
        database(3, 1).name("old_sales").deleted(true).build(),
        database(4, 2).name("sales").build()));

    assertThat(ids(stores.databases().find(query(Optional.of("SALES"), Optional.empty(), List.of(), PageRequest.ALL))))
        .containsExactly(1L, 3L);
  }

  @Test
  void find_filters_by_status() {
    stores.databases().insertAll(List.of(
        database(1, 1).status(MigrationStatus.DONE).build(),
        database(2, 1).status(MigrationStatus.INIT).build(),
        database(3, 1).status(MigrationStatus.DONE).build()));

    assertThat(ids(stores.databases().find(query(Optional.empty(), Optional.of(MigrationStatus.DONE), List.of(), PageRequest.ALL))))
        .containsExactly(1L, 3L);
  }

  @Test
  void find_sorts_by_each_field_with_id_breaking_ties() {
    stores.databases().insertAll(List.of(
        database(1, 1).numRows(5).size(300).updateTime(at(3)).build(),
        database(2, 1).numRows(9).size(100).updateTime(at(1)).build(),
        database(3, 1).numRows(5).size(200).updateTime(at(2)).build()));

    assertThat(sorted(DatabaseQuery.Field.NUM_ROWS, Direction.DESC)).containsExactly(2L, 1L, 3L);
    assertThat(sorted(DatabaseQuery.Field.NUM_ROWS, Direction.ASC)).containsExactly(1L, 3L, 2L);
    assertThat(sorted(DatabaseQuery.Field.SIZE, Direction.ASC)).containsExactly(2L, 3L, 1L);
    assertThat(sorted(DatabaseQuery.Field.UPDATE_TIME, Direction.DESC)).containsExactly(1L, 3L, 2L);
  }

  @Test
  void find_applies_sort_keys_in_order() {
    stores.databases().insertAll(List.of(
        database(1, 1).numRows(5).size(100).build(),
        database(2, 1).numRows(5).size(300).build(),
        database(3, 1).numRows(9).size(200).build()));

    var page = stores.databases().find(query(Optional.empty(), Optional.empty(), List.of(
        new Sort<>(DatabaseQuery.Field.NUM_ROWS, Direction.ASC),
        new Sort<>(DatabaseQuery.Field.SIZE, Direction.DESC)), PageRequest.ALL));

    assertThat(ids(page)).containsExactly(2L, 1L, 3L);
  }

  @Test
  void find_cuts_pages_and_counts_every_match() {
    for (long id = 1; id <= 3; id++) {
      stores.databases().insertAll(List.of(database(id, 1).build()));
    }

    var second = stores.databases().find(query(Optional.empty(), Optional.empty(), List.of(), page(2, 2)));
    var beyond = stores.databases().find(query(Optional.empty(), Optional.empty(), List.of(), page(5, 2)));

    assertThat(ids(second)).containsExactly(3L);
    assertThat(second.total()).isEqualTo(3);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(3);
  }

  @Test
  void delete_by_source_removes_only_that_source() {
    stores.databases().insertAll(List.of(database(1, 1).build(), database(2, 2).build()));

    stores.databases().deleteBySource(S1);

    assertThat(stores.databases().findAllBySource(S1)).isEmpty();
    assertThat(stores.databases().findAllBySource(new SourceId(2))).hasSize(1);
  }

  private List<Long> sorted(DatabaseQuery.Field field, Direction direction) {
    return ids(stores.databases().find(query(Optional.empty(), Optional.empty(),
        List.of(new Sort<>(field, direction)), PageRequest.ALL)));
  }

  private static DatabaseQuery query(
      Optional<String> name, Optional<MigrationStatus> status, List<Sort<DatabaseQuery.Field>> sorts,
      PageRequest page) {
    return new DatabaseQuery(S1, name, status, sorts, page);
  }

  private static List<Long> ids(Page<Database> page) {
    return page.items().stream().map(d -> d.id().value()).toList();
  }

  @Test
  void the_catalog_lock_keeps_a_second_writer_out_until_the_first_commits() throws Exception {
    stores.dataSources().insert(Fixtures.source(1).build());
    var locked = new java.util.concurrent.CountDownLatch(1);
    var release = new java.util.concurrent.CountDownLatch(1);
    var events = new java.util.concurrent.ConcurrentLinkedQueue<String>();
    var first = new Thread(() -> stores.transactions().inTransaction(() -> {
      stores.databases().lockCatalog(S1);
      locked.countDown();
      await(release);
      events.add("first commits");
      return null;
    }));
    var second = new Thread(() -> {
      await(locked);
      stores.transactions().inTransaction(() -> {
        stores.databases().lockCatalog(S1);
        events.add("second holds the lock");
        return null;
      });
    });

    first.start();
    second.start();
    locked.await();
    Thread.sleep(300);
    events.add("released");
    release.countDown();
    first.join(10_000);
    second.join(10_000);

    assertThat(events).containsExactly("released", "first commits", "second holds the lock");
  }
}
