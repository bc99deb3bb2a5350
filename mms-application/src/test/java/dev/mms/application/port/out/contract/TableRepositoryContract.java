package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import dev.mms.application.port.query.TableQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
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
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.TableRepository} does. */
public abstract class TableRepositoryContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);

  @Test
  void a_table_is_found_only_under_its_own_source() {
    var t = table(1, 1, 1).partitioned(true).build();
    stores.tables().insertAll(List.of(t));

    assertThat(stores.tables().findById(S1, new TableId(1)).toJavaOptional()).contains(t);
    assertThat(stores.tables().findById(new SourceId(2), new TableId(1)).isEmpty()).isTrue();
  }

  @Test
  void find_by_ids_returns_those_that_exist() {
    stores.tables().insertAll(List.of(table(1, 1, 1).build(), table(2, 1, 1).build()));

    assertThat(stores.tables().findByIds(List.of(new TableId(2), new TableId(7), new TableId(1))))
        .extracting(t -> t.id().value()).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void find_by_name_is_exact_within_the_database_and_prefers_the_live_table() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).name("orders").deleted(true).build(),
        table(2, 1, 1).name("orders").build(),
        table(3, 1, 2).dbName("db2").name("orders").build()));

    assertThat(stores.tables().findByName(new DatabaseId(1), new TableName("orders")).get().id().value()).isEqualTo(2);
    assertThat(stores.tables().findByName(new DatabaseId(1), new TableName("ORDERS")).isEmpty()).isTrue();
    assertThat(stores.tables().findByName(new DatabaseId(3), new TableName("orders")).isEmpty()).isTrue();
  }

  @Test
  void find_by_database_includes_deleted_tables_in_id_order() {
    stores.tables().insertAll(List.of(
        table(3, 1, 1).build(), table(1, 1, 1).deleted(true).build(), table(2, 1, 2).build()));

    assertThat(stores.tables().findByDatabase(new DatabaseId(1))).extracting(t -> t.id().value())
        .containsExactly(1L, 3L);
  }

  @Test
  void update_all_replaces_stored_tables_and_ignores_absent_ones() {
    stores.tables().insertAll(List.of(table(1, 1, 1).build()));
    var mapped = table(1, 1, 1).dstName("orders_v2").build();

    stores.tables().updateAll(List.of(mapped, table(2, 1, 1).build()));

    assertThat(stores.tables().findById(S1, new TableId(1)).get()).isEqualTo(mapped);
    assertThat(stores.tables().findById(S1, new TableId(2)).isEmpty()).isTrue();
  }

  @Test
  void find_does_not_list_deleted_tables_nor_other_sources() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).build(), table(2, 1, 1).deleted(true).build(), table(3, 2, 5).build()));

    assertThat(ids(new Query().build())).containsExactly(1L);
  }

  @Test
  void find_filters_by_database_id_and_name() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).build(), table(2, 1, 2).dbName("db2").build(), table(3, 1, 2).dbName("db2").build()));

    assertThat(ids(new Query().dbId(2).build())).containsExactly(2L, 3L);
    assertThat(ids(new Query().dbName("db1").build())).containsExactly(1L);
    assertThat(ids(new Query().dbId(1).dbName("db2").build())).isEmpty();
  }

  @Test
  void find_matches_a_name_part_ignoring_case_and_other_texts_exactly() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).name("Orders").type("VIEW").build(),
        table(2, 1, 1).name("old_orders").build(),
        table(3, 1, 1).name("users").build()));

    assertThat(ids(new Query().name("ORDER").build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().type("VIEW").build())).containsExactly(1L);
    assertThat(ids(new Query().type("view").build())).isEmpty();
  }

  @Test
  void find_filters_by_partitioning() {
    stores.tables().insertAll(List.of(table(1, 1, 1).partitioned(true).build(), table(2, 1, 1).build()));

    assertThat(ids(new Query().hasPartitions(true).build())).containsExactly(1L);
    assertThat(ids(new Query().hasPartitions(false).build())).containsExactly(2L);
  }

  @Test
  void find_filters_by_destination_with_the_source_name_as_default_table_name() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).name("orders").dstProjectName("p1").dstSchemaName("s1").build(),
        table(2, 1, 1).name("users").dstName("orders").build(),
        table(3, 1, 1).name("items").dstProjectName("p2").build()));

    assertThat(ids(new Query().dstProjectName("p1").build())).containsExactly(1L);
    assertThat(ids(new Query().dstSchemaName("s1").build())).containsExactly(1L);
    assertThat(ids(new Query().dstName("orders").build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().dstName("users").build())).isEmpty();
  }

  @Test
  void find_filters_by_a_set_of_statuses_and_empty_means_any() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).status(MigrationStatus.DONE).build(),
        table(2, 1, 1).status(MigrationStatus.FAILED).build(),
        table(3, 1, 1).status(MigrationStatus.PART_DONE).build()));

    assertThat(ids(new Query().statuses(MigrationStatus.DONE, MigrationStatus.PART_DONE).build())).containsExactly(1L, 3L);
    assertThat(ids(new Query().build())).containsExactly(1L, 2L, 3L);
  }

  @Test
  void find_filters_by_an_inclusive_last_ddl_time_range_excluding_unknown_times() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).lastDdlTime(at(10)).build(),
        table(2, 1, 1).lastDdlTime(at(20)).build(),
        table(3, 1, 1).lastDdlTime(at(30)).build(),
        table(4, 1, 1).build()));

    assertThat(ids(new Query().ddlFrom(at(10)).ddlTo(at(20)).build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().ddlFrom(at(20)).build())).containsExactly(2L, 3L);
    assertThat(ids(new Query().ddlTo(at(10)).build())).containsExactly(1L);
  }

  @Test
  void find_sorts_by_each_field_with_id_breaking_ties_and_unknown_times_last() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).numRows(5).size(30).lastDdlTime(at(2)).build(),
        table(2, 1, 1).numRows(9).size(10).build(),
        table(3, 1, 1).numRows(5).size(20).lastDdlTime(at(1)).build()));

    assertThat(ids(new Query().sort(TableQuery.Field.NUM_ROWS, Direction.DESC).build())).containsExactly(2L, 1L, 3L);
    assertThat(ids(new Query().sort(TableQuery.Field.SIZE, Direction.ASC).build())).containsExactly(2L, 3L, 1L);
    assertThat(ids(new Query().sort(TableQuery.Field.LAST_DDL_TIME, Direction.ASC).build())).containsExactly(3L, 1L, 2L);
    assertThat(ids(new Query().sort(TableQuery.Field.LAST_DDL_TIME, Direction.DESC).build())).containsExactly(1L, 3L, 2L);
  }

  @Test
  void find_cuts_pages_and_counts_every_match() {
    for (long id = 1; id <= 5; id++) {
      stores.tables().insertAll(List.of(table(id, 1, 1).build()));
    }

    var second = stores.tables().find(new Query().page(page(2, 2)).build());
    var beyond = stores.tables().find(new Query().page(page(9, 2)).build());

    assertThat(second.items()).extracting(t -> t.id().value()).containsExactly(3L, 4L);
    assertThat(second.total()).isEqualTo(5);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void counts_by_database_count_live_tables_per_status_and_leave_out_empty_databases() {
    stores.tables().insertAll(List.of(
        table(1, 1, 1).status(MigrationStatus.DONE).build(),
        table(2, 1, 1).status(MigrationStatus.INIT).build(),
        table(3, 1, 1).status(MigrationStatus.DONE).deleted(true).build(),
        table(4, 1, 2).status(MigrationStatus.DONE).deleted(true).build()));

    var counts = stores.tables().countsByDatabase(List.of(new DatabaseId(1), new DatabaseId(2), new DatabaseId(3)));

    assertThat(counts).isEqualTo(Map.of(new DatabaseId(1), new StatusCounts(2, 1, 0, 1, 0, 0)));
  }

  @Test
  void delete_by_source_removes_only_that_source() {
    stores.tables().insertAll(List.of(table(1, 1, 1).build(), table(2, 2, 2).build()));

    stores.tables().deleteBySource(S1);

    assertThat(stores.tables().findByDatabase(new DatabaseId(1))).isEmpty();
    assertThat(stores.tables().findByDatabase(new DatabaseId(2))).hasSize(1);
  }

  private List<Long> ids(TableQuery query) {
    return stores.tables().find(query).items().stream().map(t -> t.id().value()).toList();
  }

  /** A query of source 1 with no filter, narrowed step by step. */
  private static final class Query {
    private Optional<DatabaseId> dbId = Optional.empty();
    private Optional<DatabaseName> dbName = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<String> type = Optional.empty();
    private Optional<Boolean> hasPartitions = Optional.empty();
    private Optional<String> dstProjectName = Optional.empty();
    private Optional<String> dstSchemaName = Optional.empty();
    private Optional<String> dstName = Optional.empty();
    private Set<MigrationStatus> statuses = Set.of();
    private Optional<Instant> from = Optional.empty();
    private Optional<Instant> to = Optional.empty();
    private final List<Sort<TableQuery.Field>> sorts = new ArrayList<>();
    private PageRequest page = PageRequest.ALL;

    Query dbId(long v) {
      dbId = Optional.of(new DatabaseId(v));
      return this;
    }

    Query dbName(String v) {
      dbName = Optional.of(new DatabaseName(v));
      return this;
    }

    Query name(String v) {
      name = Optional.of(v);
      return this;
    }

    Query type(String v) {
      type = Optional.of(v);
      return this;
    }

    Query hasPartitions(boolean v) {
      hasPartitions = Optional.of(v);
      return this;
    }

    Query dstProjectName(String v) {
      dstProjectName = Optional.of(v);
      return this;
    }

    Query dstSchemaName(String v) {
      dstSchemaName = Optional.of(v);
      return this;
    }

    Query dstName(String v) {
      dstName = Optional.of(v);
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

    Query sort(TableQuery.Field field, Direction direction) {
      sorts.add(new Sort<>(field, direction));
      return this;
    }

    Query page(PageRequest v) {
      page = v;
      return this;
    }

    TableQuery build() {
      return new TableQuery(S1, dbId, dbName, name, type, hasPartitions, dstProjectName,
          dstSchemaName, dstName, statuses, from, to, sorts, page);
    }
  }
}
