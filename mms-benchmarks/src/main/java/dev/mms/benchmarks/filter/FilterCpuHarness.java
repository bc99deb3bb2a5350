package dev.mms.benchmarks.filter;

import dev.mms.domain.catalog.PartitionSpec;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The workload of {@link FilterBenchmark} timed in CPU time of the evaluating thread, so that the
 * figure stays evaluations per second of one core when other processes share the machine (JMH
 * reports wall-clock time). Rounds of each variant alternate; the median round is reported.
 *
 * <p>{@code java -cp mms-benchmarks.jar dev.mms.benchmarks.filter.FilterCpuHarness [rounds]
 * [distinct]}
 */
public final class FilterCpuHarness {
  private FilterCpuHarness() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int distinct = args.length > 1 ? Integer.parseInt(args[1]) : FilterBenchmark.SPECS;
    var made = FilterWorkload.specs(distinct, 7);
    var specs = new PartitionSpec[FilterBenchmark.SPECS];
    for (int i = 0; i < specs.length; i++) {
      specs[i] = made[i % made.length];
    }
    var seed = FilterWorkload.checked(FilterWorkload.SEED);
    var ten = FilterWorkload.checked(FilterWorkload.TEN_CLAUSES);
    // One loop per variant, as in FilterBenchmark, so that each loop calls one predicate.
    var variants = new LinkedHashMap<String, ToIntFunction<PartitionSpec[]>>();
    variants.put("seed filter", a -> {
      int n = 0;
      for (var s : a) {
        n += seed.test(s).matches() ? 1 : 0;
      }
      return n;
    });
    variants.put("seed by hand", a -> {
      int n = 0;
      for (var s : a) {
        n += FilterWorkload.seedByHand(s) ? 1 : 0;
      }
      return n;
    });
    variants.put("ten-clause filter", a -> {
      int n = 0;
      for (var s : a) {
        n += ten.test(s).matches() ? 1 : 0;
      }
      return n;
    });
    variants.put("ten clauses by hand", a -> {
      int n = 0;
      for (var s : a) {
        n += FilterWorkload.tenClausesByHand(s) ? 1 : 0;
      }
      return n;
    });

    var threads = ManagementFactory.getThreadMXBean();
    var perSecond = new LinkedHashMap<String, double[]>();
    variants.keySet().forEach(k -> perSecond.put(k, new double[rounds]));
    int warmUp = 5;
    for (int round = -warmUp; round < rounds; round++) {
      for (var v : variants.entrySet()) {
        long cpu = threads.getCurrentThreadCpuTime();
        int matched = v.getValue().applyAsInt(specs);
        long used = threads.getCurrentThreadCpuTime() - cpu;
        if (round >= 0) {
          perSecond.get(v.getKey())[round] = specs.length * 1e9 / used;
        }
        if (matched < 0) {
          throw new IllegalStateException("unreachable: keeps the count alive");
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "%,d evaluations per round over %,d distinct specs, %d rounds:%n",
        specs.length, made.length, rounds);
    for (var e : perSecond.entrySet()) {
      var sorted = e.getValue().clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT,
          "%-22s median %,14.0f  min %,14.0f  max %,14.0f evaluations/CPU-s%n",
          e.getKey(), sorted[rounds / 2], sorted[0], sorted[rounds - 1]);
    }
  }
}
