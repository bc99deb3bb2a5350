package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdGeneratorTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void blocks_are_contiguous_and_follow_each_other(Kind kind) {
    var ids = TestDatabases.store(kind).ids();

    long first = ids.reserve(Sequence.PARTITION, 1000);
    long next = ids.next(Sequence.PARTITION);

    assertThat(first).isPositive();
    assertThat(next).isEqualTo(first + 1000);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_rolled_back_transaction_does_not_give_its_ids_out_again(Kind kind) {
    var store = TestDatabases.store(kind);
    var taken = new long[1];

    assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
      taken[0] = store.ids().next(Sequence.TASK_LOG);
      throw new IllegalStateException("rolled back");
    })).hasMessage("rolled back");
    long after = store.ids().next(Sequence.TASK_LOG);

    assertThat(after).isGreaterThan(taken[0]);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void stores_sharing_a_database_reserve_disjoint_blocks(Kind kind) throws Exception {
    try (var a = TestDatabases.openAnother(kind); var b = TestDatabases.openAnother(kind)) {
      var pool = Executors.newFixedThreadPool(4);
      var calls = new ArrayList<Callable<Long>>();
      for (int i = 0; i < 40; i++) {
        var ids = (i % 2 == 0 ? a : b).ids();
        calls.add(() -> ids.reserve(Sequence.TABLE, 10));
      }
      var starts = new HashSet<Long>();
      for (var f : pool.invokeAll(calls)) {
        starts.add(f.get());
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

      var sorted = starts.stream().sorted().toList();
      assertThat(sorted).hasSize(40);
      for (int i = 1; i < sorted.size(); i++) {
        assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(10);
      }
    }
  }
}
