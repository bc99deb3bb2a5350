package dev.mms.adapter.jdbc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.Fixtures;
import dev.mms.adapter.jdbc.store.JdbcStore;
import dev.mms.adapter.jdbc.store.TestDatabases;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceStatus;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writers in two "processes" (two stores on one database), two threads each, write the same
 * partitions of one source at once: status changes, updates that flip the updated and deleted
 * flags or move partitions to another table, inserts into new counts, and several of those in one
 * transaction. None fails (no deadlock, no two writers creating one count), and the counts then
 * count the stored partitions.
 */
class PartitionCountsTest {
  static final int PARTITIONS = 40;
  static final int WRITERS = 4;
  static final int ROUNDS = 30;
  static final DatabaseId DB = new DatabaseId(1);
  static final List<MigrationStatus> STATUSES = List.of(MigrationStatus.INIT, MigrationStatus.DOING,
      MigrationStatus.DONE, MigrationStatus.FAILED);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void concurrent_writers_of_the_same_partitions_leave_the_counts_exact(Kind kind) throws Exception {
    var setup = TestDatabases.fresh(kind);
    var source = Fixtures.source(setup.ids());
    setup.dataSources().insert(new DataSource(source, new SourceName("counted-" + source.value()),
        DataSourceType.MOCK, Optional.empty(), Optional.empty(), DataSourceStatus.STARTED,
        Optional.empty(), Map.of(), Fixtures.T0, Optional.empty(), Optional.empty()));
    long first = setup.ids().reserve(Sequence.PARTITION, PARTITIONS + WRITERS * ROUNDS);
    setup.partitions().insertAll(LongStream.range(first, first + PARTITIONS)
        .mapToObj(id -> partition(source, id, 1 + id % 3, MigrationStatus.INIT, false, false))
        .toList());

    try (var p1 = TestDatabases.openAnother(kind); var p2 = TestDatabases.openAnother(kind)) {
      var writers = new ArrayList<Callable<Void>>();
      for (int w = 0; w < WRITERS; w++) {
        var store = w % 2 == 0 ? p1 : p2;
        int writer = w;
        writers.add(() -> {
          for (int round = 0; round < ROUNDS; round++) {
            write(store, source, first, writer, round);
          }
          return null;
        });
      }
      var pool = Executors.newFixedThreadPool(WRITERS);
      for (var f : pool.invokeAll(writers, 3, TimeUnit.MINUTES)) {
        f.get();
      }
      pool.shutdown();
    }

    var live = setup.partitions().findByDatabase(DB).stream().filter(p -> !p.deleted()).toList();
    var tables = LongStream.rangeClosed(1, 4).mapToObj(TableId::new).toList();
    assertThat(setup.partitions().countsByTable(tables)).isEqualTo(live.stream().collect(
        Collectors.groupingBy(Partition::tableId, Collectors.collectingAndThen(
            Collectors.mapping(Partition::status, Collectors.toList()), StatusCounts::of))));
    assertThat(total(setup, source, Optional.empty())).isEqualTo(live.size());
    assertThat(total(setup, source, Optional.of(true)))
        .isEqualTo(live.stream().filter(Partition::updated).count());
  }

  /**
   * One writer's round: ten partitions from a window that moves on by round and differs by
   * writer, so that writers overlap, given a status, rewritten, joined by a new one, or both in
   * one transaction.
   */
  private static void write(JdbcStore store, SourceId source, long first, int writer, int round) {
    var window = LongStream.range(0, 10)
        .map(i -> first + (writer * 7L + round * 3L + i) % PARTITIONS)
        .boxed().toList();
    var status = STATUSES.get((writer + round) % STATUSES.size());
    switch (round % 4) {
      case 0 -> store.partitions().updateStatus(window.stream().map(PartitionId::new).toList(),
          status, Fixtures.T0.plusSeconds(round));
      case 1 -> store.partitions().updateAll(rewritten(source, window, round, status));
      case 2 -> store.partitions().insertAll(List.of(partition(source,
          first + PARTITIONS + writer * ROUNDS + round, 4, status, round % 8 == 2, false)));
      default -> store.transactions().inTransaction(() -> {
        store.partitions().updateAll(rewritten(source, window.subList(5, 10), round, status));
        store.partitions().updateStatus(window.stream().map(PartitionId::new).toList(),
            MigrationStatus.DOING, Fixtures.T0.plusSeconds(round));
        return null;
      });
    }
  }

  /** The partitions with another table, status and flags; one in four comes out deleted. */
  private static List<Partition> rewritten(SourceId source, List<Long> ids, int round,
      MigrationStatus status) {
    return ids.stream()
        .map(id -> partition(source, id, 1 + (id + round) % 3, status, (id + round) % 2 == 0,
            (id + round) % 4 == 0))
        .toList();
  }

  private static Partition partition(SourceId source, long id, long table, MigrationStatus status,
      boolean updated, boolean deleted) {
    return new Partition(new PartitionId(id), source, DB, new DatabaseName("db"),
        new TableId(table), new TableName("t" + table), PartitionSpec.of("ds", Long.toString(id)),
        Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), status, updated, Fixtures.T0,
        Fixtures.T0, deleted);
  }

  private static long total(JdbcStore store, SourceId source, Optional<Boolean> updated) {
    return store.partitions().find(new PartitionQuery(source, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), updated, Set.of(), Optional.empty(),
        Optional.empty(), List.of(), new PageRequest(1, 1))).total();
  }
}
