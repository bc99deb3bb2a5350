package dev.mms.benchmarks.plan;

import dev.mms.application.memory.InMemoryIdGenerator;
import dev.mms.application.mock.MockCatalog;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.name.TableName;
import dev.mms.domain.plan.GroupingLimits;
import dev.mms.domain.plan.Plan;
import dev.mms.domain.plan.PlanRequest;
import dev.mms.domain.plan.Planner;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning a Database-scope job over a MOCK database of {@code tables} x 1,000 partitions, every
 * table with a partition filter. Two sizes show how time and allocation (run with {@code -prof gc})
 * grow with the input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlannerBenchmark {
  /** Selects 14 of 24 hours from the 15th day on: about a third of each table's partitions. */
  public static final String FILTER = "ds >= '2024-01-15' and hr between 6 and 19";

  @Param({"100", "1000"})
  public int tables;

  @Param({"1000"})
  public int partitions;

  private PlanRequest request;

  @Setup
  public void setUp() {
    request = request(tables, partitions);
  }

  @Benchmark
  public Plan plan() {
    return Planner.plan(request).getOrElseThrow(e -> new IllegalStateException(e.message()));
  }

  /** The request a Database-scope job with a filter per table makes for this catalog. */
  public static PlanRequest request(int tables, int partitions) {
    var now = Instant.parse("2024-06-01T00:00:00Z");
    var source = MockCatalog.source(1, Map.of("mock.databases", "1",
        "mock.tables", Integer.toString(tables), "mock.partitions", Integer.toString(partitions)),
        now);
    var catalog = MockCatalog.of(source, new InMemoryIdGenerator(), now);
    var filters = new LinkedHashMap<TableName, String>();
    for (Table t : catalog.tables()) {
      filters.put(t.name(), FILTER);
    }
    var defaults = JobConfig.defaults();
    var config = new JobConfig(defaults.tables(), defaults.partitions(), defaults.tableWhiteList(),
        defaults.tableBlackList(), filters, defaults.tableMapping(), defaults.columnMapping(),
        defaults.increment(), defaults.enableVerification(), defaults.enableSchemaMigration(),
        defaults.enableDataMigration(), defaults.schemaOnly(), Optional.empty(), Optional.empty(),
        defaults.others());
    return new PlanRequest(config, catalog.databases().get(0), catalog.tables(),
        catalog.partitions(), Map.of(), Map.of(), GroupingLimits.DEFAULT);
  }
}
