package dev.mms.adapter.jdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.Fixtures;
import dev.mms.adapter.jdbc.store.JdbcStore;
import dev.mms.adapter.jdbc.store.TestDatabases;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.query.DatabaseQuery;
import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.application.port.query.Sort;
import dev.mms.application.port.query.TableQuery;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.name.ColumnName;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogRepositoryTest {
  static final int BULK = 20_000;

  static Database database(JdbcStore store, SourceId source, String name, long rows) {
    return new Database(new DatabaseId(store.ids().next(Sequence.DATABASE)), source,
        new DatabaseName(name), Optional.of("the " + name), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(Fixtures.T0), rows, rows * 10, MigrationStatus.INIT, false,
        Optional.empty(), Optional.empty(), Fixtures.T0, Fixtures.T0.plusSeconds(rows), false);
  }

  static Table table(JdbcStore store, Database db, String name, Optional<Instant> ddl) {
    var schema = new TableSchema(
        List.of(new Column(new ColumnName("id"), "BIGINT", Optional.of("key"), Optional.empty(), false),
            Column.of("amount", "DECIMAL(10,2)")),
        List.of(Column.of("ds", "VARCHAR(10)")), Optional.of("sales by day"));
    return new Table(new TableId(store.ids().next(Sequence.TABLE)), db.sourceId(), db.id(), db.name(),
        new TableName(name), "MANAGED_TABLE", schema, Optional.of("me"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("{\"x\":1}"), ddl, 5, 50,
        MigrationStatus.INIT, false, Optional.empty(), Optional.empty(), Optional.of(name + "_dst"),
        Fixtures.T0, Fixtures.T0, false);
  }

  static Partition partition(long id, Table t, String ds, OptionalLong rows) {
    return new Partition(new PartitionId(id), t.sourceId(), t.dbId(), t.dbName(), t.id(), t.name(),
        PartitionSpec.of("ds", ds), Optional.of(Fixtures.T0.plusSeconds(id % 1000)), rows,
        OptionalLong.empty(), MigrationStatus.INIT, true, Fixtures.T0, Fixtures.T0, false);
  }

  static PartitionQuery partitions(Table t, Optional<PartitionSpec> value, Set<MigrationStatus> statuses,
      List<Sort<PartitionQuery.Field>> sorts, PageRequest page) {
    return new PartitionQuery(t.sourceId(), Optional.empty(), Optional.empty(), Optional.of(t.id()),
        Optional.empty(), value, Optional.empty(), statuses, Optional.empty(), Optional.empty(),
        sorts, page);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void databases_and_tables_come_back_as_stored_and_are_listed_by_their_filters(Kind kind) {
    var store = TestDatabases.store(kind);
    var source = Fixtures.source(store.ids());
    var small = database(store, source, "Sales", 3);
    var big = database(store, source, "marketing", 9);
    store.databases().insertAll(List.of(small, big));
    var orders = table(store, small, "orders", Optional.of(Fixtures.T0));
    var items = table(store, small, "Order_Items", Optional.empty());
    store.tables().insertAll(List.of(orders, items));
    store.tables().updateAll(List.of(items.withStatus(MigrationStatus.DONE, Fixtures.T0)));

    var byName = store.databases().find(new DatabaseQuery(source, Optional.of("SAL"), Optional.empty(),
        List.of(), PageRequest.ALL));
    var bySize = store.databases().find(new DatabaseQuery(source, Optional.empty(), Optional.empty(),
        List.of(new Sort<>(DatabaseQuery.Field.SIZE, Direction.DESC)), PageRequest.ALL));
    var tables = store.tables().find(new TableQuery(source, Optional.of(small.id()), Optional.empty(),
        Optional.of("order_"), Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty(),
        Optional.empty(), Set.of(MigrationStatus.DONE), Optional.empty(), Optional.empty(),
        List.of(new Sort<>(TableQuery.Field.LAST_DDL_TIME, Direction.ASC)), PageRequest.ALL));

    assertThat(store.databases().findByName(source, new DatabaseName("Sales"))).contains(small);
    assertThat(store.databases().findByName(source, new DatabaseName("sales"))).isEmpty();
    assertThat(byName.items()).containsExactly(small);
    assertThat(bySize.items()).containsExactly(big, small);
    assertThat(store.tables().findById(source, orders.id())).contains(orders);
    assertThat(store.tables().findByName(small.id(), new TableName("orders"))).contains(orders);
    assertThat(tables.items()).containsExactly(items.withStatus(MigrationStatus.DONE, Fixtures.T0));
    assertThat(store.tables().countsByDatabase(List.of(small.id(), big.id())))
        .isEqualTo(Map.of(small.id(), new StatusCounts(2, 1, 0, 1, 0, 0)));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_big_scan_is_written_counted_and_paged_in_batches(Kind kind) {
    var store = TestDatabases.store(kind);
    var source = Fixtures.source(store.ids());
    var db = database(store, source, "big", 1);
    store.databases().insertAll(List.of(db));
    var table = table(store, db, "events", Optional.empty());
    store.tables().insertAll(List.of(table));
    long first = store.ids().reserve(Sequence.PARTITION, BULK);
    var scanned = new ArrayList<Partition>(BULK);
    for (int i = 0; i < BULK; i++) {
      scanned.add(partition(first + i, table, String.format("d%05d", i),
          i % 7 == 0 ? OptionalLong.empty() : OptionalLong.of(i)));
    }

    store.partitions().insertAll(scanned);
    var half = scanned.subList(0, BULK / 2).stream().map(Partition::id).toList();
    store.partitions().updateStatus(half, MigrationStatus.DONE, Fixtures.T0.plusSeconds(1));

    assertThat(store.partitions().findByTable(table.id())).hasSize(BULK);
    assertThat(store.partitions().countsByTable(List.of(table.id())))
        .containsEntry(table.id(), new StatusCounts(BULK, BULK / 2, 0, BULK / 2, 0, 0));
    assertThat(store.partitions().countsByDatabase(List.of(db.id())).get(db.id()).total()).isEqualTo(BULK);
    var page = store.partitions().find(partitions(table, Optional.empty(), Set.of(MigrationStatus.DONE),
        List.of(new Sort<>(PartitionQuery.Field.NUM_ROWS, Direction.DESC)), new PageRequest(2, 3)));
    assertThat(page.total()).isEqualTo(BULK / 2);
    assertThat(page.items()).extracting(p -> p.numRows().getAsLong()).containsExactly(9995L, 9994L, 9993L);
    assertThat(page.items()).allSatisfy(p -> assertThat(p.updated()).isFalse());
    var one = store.partitions().find(partitions(table, Optional.of(PartitionSpec.of("ds", "d00042")),
        Set.of(), List.of(), PageRequest.ALL));
    assertThat(one.items()).extracting(Partition::id).containsExactly(new PartitionId(first + 42));
    assertThat(store.partitions().findByIds(List.of(new PartitionId(first), new PartitionId(first + 7))))
        .extracting(p -> p.numRows().isPresent()).containsExactlyInAnyOrder(false, false);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void partitions_without_a_row_count_sort_last_either_way(Kind kind) {
    var store = TestDatabases.store(kind);
    var db = database(store, Fixtures.source(store.ids()), "d", 1);
    var table = table(store, db, "t", Optional.empty());
    long first = store.ids().reserve(Sequence.PARTITION, 3);
    var unknown = partition(first, table, "a", OptionalLong.empty());
    var few = partition(first + 1, table, "b", OptionalLong.of(1));
    var many = partition(first + 2, table, "c", OptionalLong.of(2));
    store.partitions().insertAll(List.of(unknown, few, many));

    var asc = store.partitions().find(partitions(table, Optional.empty(), Set.of(),
        List.of(new Sort<>(PartitionQuery.Field.NUM_ROWS, Direction.ASC)), PageRequest.ALL));
    var desc = store.partitions().find(partitions(table, Optional.empty(), Set.of(),
        List.of(new Sort<>(PartitionQuery.Field.NUM_ROWS, Direction.DESC)), PageRequest.ALL));

    assertThat(asc.items()).containsExactly(few, many, unknown);
    assertThat(desc.items()).containsExactly(many, few, unknown);
  }
}
