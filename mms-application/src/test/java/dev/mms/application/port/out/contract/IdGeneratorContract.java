package dev.mms.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.out.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.IdGenerator} does. */
public abstract class IdGeneratorContract extends PortContract {

  @Test
  void ids_are_positive_and_increase() {
    long first = stores.ids().next(Sequence.JOB);
    long second = stores.ids().next(Sequence.JOB);

    assertThat(first).isPositive();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void a_reserved_block_is_contiguous_and_never_handed_out_again() {
    long first = stores.ids().reserve(Sequence.PARTITION, 1_000);
    long after = stores.ids().next(Sequence.PARTITION);

    assertThat(first).isPositive();
    assertThat(after).isGreaterThanOrEqualTo(first + 1_000);
  }

  @Test
  void blocks_reserved_from_many_threads_never_overlap() throws Exception {
    int size = 7;
    var pool = Executors.newFixedThreadPool(4);
    try {
      var calls = new ArrayList<Callable<Long>>();
      for (int i = 0; i < 400; i++) {
        calls.add(() -> stores.ids().reserve(Sequence.TASK, size));
      }
      var starts = new TreeMap<Long, Integer>();
      for (Future<Long> f : pool.invokeAll(calls)) {
        starts.merge(f.get(), 1, Integer::sum);
      }

      assertThat(starts).hasSize(400);
      List<Long> ordered = List.copyOf(starts.keySet());
      for (int i = 1; i < ordered.size(); i++) {
        assertThat(ordered.get(i) - ordered.get(i - 1)).isGreaterThanOrEqualTo(size);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
