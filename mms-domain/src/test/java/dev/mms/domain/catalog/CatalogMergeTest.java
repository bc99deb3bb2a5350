package dev.mms.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CatalogMergeTest {
  private static final SourceId SOURCE = new SourceId(1);
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2025-01-02T00:00:00Z");

  @Test
  void a_first_scan_adds_everything_with_fresh_ids_in_state_init() {
    var snapshot = snapshot(db("sales", partitioned("orders", part("ds=1", 10), part("ds=2", 20)),
        plain("users", 5)));

    var result = CatalogMerge.merge(SOURCE, CatalogMerge.Catalog.EMPTY, snapshot,
        ScanScope.WHOLE_SOURCE, new Counter(), T0);

    assertThat(result.added().databases()).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(MigrationStatus.INIT))
        .satisfies(d -> assertThat(d.size()).isEqualTo(35));
    assertThat(result.added().tables()).extracting(t -> t.name().value())
        .containsExactly("orders", "users");
    assertThat(result.added().partitions()).extracting(p -> p.value().render())
        .containsExactly("ds=1", "ds=2");
    assertThat(result.changed().isEmpty()).isTrue();
    assertThat(result.summary()).isEqualTo(new CatalogMerge.Summary(1, 2, 2, 5, 0, 0));
  }

  @Test
  void known_objects_keep_their_id_status_and_destination_mapping() {
    var stored = apply(CatalogMerge.Catalog.EMPTY, CatalogMerge.merge(SOURCE,
        CatalogMerge.Catalog.EMPTY, snapshot(db("sales", partitioned("orders", part("ds=1", 10)))),
        ScanScope.WHOLE_SOURCE, new Counter(), T0));
    var table = stored.tables().get(0)
        .withDestination(Optional.of("pj"), Optional.empty(), Optional.of("orders_v2"), T0)
        .withStatus(MigrationStatus.DONE, T0);
    var partition = stored.partitions().get(0).withStatus(MigrationStatus.DONE, T0);
    stored = new CatalogMerge.Catalog(stored.databases(), List.of(table), List.of(partition));

    var result = CatalogMerge.merge(SOURCE, stored,
        snapshot(db("sales", partitioned("orders", part("ds=1", 99)))), ScanScope.WHOLE_SOURCE,
        new Counter(100), T1);

    assertThat(result.added().isEmpty()).isTrue();
    assertThat(result.changed().tables()).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo(table.id());
      assertThat(t.status()).isEqualTo(MigrationStatus.DONE);
      assertThat(t.dstName()).contains("orders_v2");
      assertThat(t.updated()).isTrue();
    });
    assertThat(result.changed().partitions()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo(partition.id());
      assertThat(p.status()).isEqualTo(MigrationStatus.DONE);
      assertThat(p.updated()).isTrue();
      assertThat(p.size()).hasValue(99);
    });
  }

  @Test
  void a_new_schema_marks_the_table_updated() {
    var first = snapshot(db("sales", plain("users", 5)));
    var stored = apply(CatalogMerge.Catalog.EMPTY, CatalogMerge.merge(SOURCE,
        CatalogMerge.Catalog.EMPTY, first, ScanScope.WHOLE_SOURCE, new Counter(), T0));
    var widened = new ScannedTable(new TableName("users"), "MANAGED_TABLE",
        new TableSchema(List.of(Column.of("id", "bigint"), Column.of("email", "string")), List.of(),
            Optional.empty()),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), OptionalLong.of(5), OptionalLong.of(5), List.of());

    var result = CatalogMerge.merge(SOURCE, stored, snapshot(db("sales", widened)),
        ScanScope.WHOLE_SOURCE, new Counter(100), T1);

    assertThat(result.changed().tables()).singleElement()
        .satisfies(t -> assertThat(t.updated()).isTrue());
    assertThat(result.summary().updated()).isEqualTo(1);
  }

  @Test
  void objects_that_disappeared_inside_the_scope_are_marked_deleted() {
    var stored = apply(CatalogMerge.Catalog.EMPTY, CatalogMerge.merge(SOURCE,
        CatalogMerge.Catalog.EMPTY,
        snapshot(db("sales", partitioned("orders", part("ds=1", 10), part("ds=2", 20)),
            plain("users", 5))),
        ScanScope.WHOLE_SOURCE, new Counter(), T0));

    var result = CatalogMerge.merge(SOURCE, stored,
        snapshot(db("sales", partitioned("orders", part("ds=1", 10)))),
        new ScanScope(Optional.of(new DatabaseName("sales")), List.of(new TableName("orders"))),
        new Counter(100), T1);

    assertThat(result.changed().partitions()).singleElement().satisfies(p -> {
      assertThat(p.value().render()).isEqualTo("ds=2");
      assertThat(p.deleted()).isTrue();
    });
    assertThat(result.changed().tables()).extracting(t -> t.name().value())
        .doesNotContain("users");
    assertThat(result.summary().deleted()).isEqualTo(1);
  }

  @Test
  void a_database_scan_leaves_other_databases_alone_and_deletes_a_vanished_one() {
    var stored = apply(CatalogMerge.Catalog.EMPTY, CatalogMerge.merge(SOURCE,
        CatalogMerge.Catalog.EMPTY, snapshot(db("a", plain("t", 1)), db("b", plain("t", 1))),
        ScanScope.WHOLE_SOURCE, new Counter(), T0));

    var onlyA = CatalogMerge.merge(SOURCE, stored, snapshot(),
        new ScanScope(Optional.of(new DatabaseName("a")), List.of()), new Counter(100), T1);

    assertThat(onlyA.changed().databases()).singleElement().satisfies(d -> {
      assertThat(d.name().value()).isEqualTo("a");
      assertThat(d.deleted()).isTrue();
    });
    assertThat(onlyA.changed().tables()).singleElement()
        .satisfies(t -> assertThat(t.dbName().value()).isEqualTo("a"));
  }

  @Test
  void merging_an_unchanged_source_changes_nothing() {
    var snapshot = snapshot(db("sales", partitioned("orders", part("ds=1", 10))));
    var stored = apply(CatalogMerge.Catalog.EMPTY, CatalogMerge.merge(SOURCE,
        CatalogMerge.Catalog.EMPTY, snapshot, ScanScope.WHOLE_SOURCE, new Counter(), T0));

    var again = CatalogMerge.merge(SOURCE, stored, snapshot, ScanScope.WHOLE_SOURCE,
        new Counter(100), T1);

    assertThat(again.isEmpty()).isTrue();
  }

  @Property(tries = 200)
  void merging_the_same_snapshot_twice_changes_nothing_the_second_time(
      @ForAll("snapshots") CatalogSnapshot earlier, @ForAll("snapshots") CatalogSnapshot later,
      @ForAll("scopes") ScanScope scope) {
    var ids = new Counter();
    var stored = apply(CatalogMerge.Catalog.EMPTY, CatalogMerge.merge(SOURCE,
        CatalogMerge.Catalog.EMPTY, earlier, ScanScope.WHOLE_SOURCE, ids, T0));
    var once = apply(stored, CatalogMerge.merge(SOURCE, stored, later, scope, ids, T1));

    var twice = CatalogMerge.merge(SOURCE, once, later, scope, ids, T1.plusSeconds(60));

    assertThat(twice.added().isEmpty()).as("added on the second merge").isTrue();
    assertThat(twice.changed().isEmpty()).as("changed on the second merge").isTrue();
  }

  @Provide
  Arbitrary<CatalogSnapshot> snapshots() {
    Arbitrary<ScannedPartition> partition = Combinators.combine(
            Arbitraries.of("1", "2", "3", "4"), Arbitraries.longs().between(0, 3))
        .as((ds, size) -> part("ds=" + ds, size));
    Arbitrary<ScannedTable> table = Combinators.combine(
            Arbitraries.of("t1", "t2", "t3"), Arbitraries.of(true, false),
            partition.list().ofMaxSize(4), Arbitraries.longs().between(0, 3))
        .as((name, partitioned, parts, size) -> partitioned
            ? partitioned(name, parts.toArray(ScannedPartition[]::new))
            : plain(name, size));
    Arbitrary<ScannedDatabase> database = Combinators.combine(
            Arbitraries.of("a", "b"), table.list().ofMaxSize(3))
        .as((name, tables) -> db(name, tables.toArray(ScannedTable[]::new)));
    return database.list().ofMaxSize(2).map(CatalogSnapshot::new);
  }

  @Provide
  Arbitrary<ScanScope> scopes() {
    return Arbitraries.oneOf(
        Arbitraries.just(ScanScope.WHOLE_SOURCE),
        Arbitraries.of("a", "b").map(d -> new ScanScope(Optional.of(new DatabaseName(d)), List.of())),
        Combinators.combine(Arbitraries.of("a", "b"), Arbitraries.of("t1", "t2", "t3").set().ofMinSize(1))
            .as((d, ts) -> new ScanScope(Optional.of(new DatabaseName(d)),
                ts.stream().sorted().map(TableName::new).toList())));
  }

  /** What a store holds after writing a merge result. */
  private static CatalogMerge.Catalog apply(CatalogMerge.Catalog stored, CatalogMerge.Result r) {
    return new CatalogMerge.Catalog(
        upsert(stored.databases(), r.added().databases(), r.changed().databases(), Database::id),
        upsert(stored.tables(), r.added().tables(), r.changed().tables(), Table::id),
        upsert(stored.partitions(), r.added().partitions(), r.changed().partitions(), Partition::id));
  }

  private static <T, K> List<T> upsert(List<T> stored, List<T> added, List<T> changed, Function<T, K> id) {
    var byId = new LinkedHashMap<K, T>();
    stored.forEach(x -> byId.put(id.apply(x), x));
    changed.forEach(x -> byId.put(id.apply(x), x));
    added.forEach(x -> byId.put(id.apply(x), x));
    return new ArrayList<>(byId.values());
  }

  private static CatalogSnapshot snapshot(ScannedDatabase... dbs) {
    return new CatalogSnapshot(List.of(dbs));
  }

  private static ScannedDatabase db(String name, ScannedTable... tables) {
    return new ScannedDatabase(new DatabaseName(name), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(tables));
  }

  private static ScannedTable plain(String name, long size) {
    return new ScannedTable(new TableName(name), "MANAGED_TABLE",
        new TableSchema(List.of(Column.of("id", "bigint")), List.of(), Optional.empty()),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), OptionalLong.of(size), OptionalLong.of(size), List.of());
  }

  private static ScannedTable partitioned(String name, ScannedPartition... partitions) {
    return new ScannedTable(new TableName(name), "MANAGED_TABLE",
        new TableSchema(List.of(Column.of("id", "bigint")), List.of(Column.of("ds", "string")),
            Optional.empty()),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
        List.of(partitions));
  }

  private static ScannedPartition part(String spec, long size) {
    return new ScannedPartition(PartitionSpec.parse(spec).get(), Optional.empty(),
        OptionalLong.of(size), OptionalLong.of(size));
  }

  /** Ids from a counter, as a sequence would hand them out. */
  private static final class Counter implements CatalogMerge.Ids {
    private long next;

    Counter() {
      this(1);
    }

    Counter(long first) {
      next = first;
    }

    @Override
    public DatabaseId nextDatabase() {
      return new DatabaseId(next++);
    }

    @Override
    public TableId nextTable() {
      return new TableId(next++);
    }

    @Override
    public PartitionId nextPartition() {
      return new PartitionId(next++);
    }
  }
}
