package dev.mms.benchmarks.filter;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.filter.CheckedFilter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluations per second of a checked partition filter over one million partition specs, next to
 * the same predicate hand-written in Java, on one thread. One operation is one spec tested.
 * {@code distinct} below a million repeats fewer specs, so that they stay in the CPU caches: it
 * separates the cost of evaluating from the cost of reading specs from memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class FilterBenchmark {
  static final int SPECS = 1_000_000;

  @Param({"1000000"})
  public int distinct;

  private PartitionSpec[] specs;
  private CheckedFilter seed;
  private CheckedFilter tenClauses;

  @Setup
  public void setUp() {
    var made = FilterWorkload.specs(distinct, 7);
    specs = new PartitionSpec[SPECS];
    for (int i = 0; i < SPECS; i++) {
      specs[i] = made[i % made.length];
    }
    seed = FilterWorkload.checked(FilterWorkload.SEED);
    tenClauses = FilterWorkload.checked(FilterWorkload.TEN_CLAUSES);
  }

  @Benchmark
  @OperationsPerInvocation(SPECS)
  public int seedFilter() {
    return count(seed);
  }

  @Benchmark
  @OperationsPerInvocation(SPECS)
  public int seedByHand() {
    int matched = 0;
    for (var spec : specs) {
      if (FilterWorkload.seedByHand(spec)) {
        matched++;
      }
    }
    return matched;
  }

  @Benchmark
  @OperationsPerInvocation(SPECS)
  public int tenClauseFilter() {
    return count(tenClauses);
  }

  @Benchmark
  @OperationsPerInvocation(SPECS)
  public int tenClausesByHand() {
    int matched = 0;
    for (var spec : specs) {
      if (FilterWorkload.tenClausesByHand(spec)) {
        matched++;
      }
    }
    return matched;
  }

  /** Parsing and checking the ten-clause filter, as job creation does once per table. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CheckedFilter parseAndCheckTenClauses() {
    return FilterWorkload.checked(FilterWorkload.TEN_CLAUSES);
  }

  private int count(CheckedFilter filter) {
    int matched = 0;
    for (var spec : specs) {
      if (filter.test(spec).matches()) {
        matched++;
      }
    }
    return matched;
  }
}
