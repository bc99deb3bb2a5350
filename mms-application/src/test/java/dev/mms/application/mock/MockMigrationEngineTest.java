package dev.mms.application.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.out.Cancellation;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.PhaseOutcome.Step;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.JobName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MockMigrationEngineTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Cancellation NEVER = () -> false;

  private final MockMigrationEngine engine = new MockMigrationEngine();

  @Test
  void supports_only_mock_sources() {
    assertThat(engine.supports(DataSourceType.MOCK)).isTrue();
    assertThat(engine.supports(DataSourceType.HIVE)).isFalse();
  }

  @Test
  void schema_phase_describes_the_table_it_would_create() {
    var outcome = engine.migrateSchema(context(Map.of(ConfigItems.MOCK_PARTITIONS, "2"), 1, NEVER));

    assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
    assertThat(outcome.steps()).extracting(Step::action).containsExactly(
        "create table if not exists dst_db.dst_table (id BIGINT, name STRING, amount DECIMAL(18,2),"
            + " created_at TIMESTAMP) partitioned by (ds STRING, hr INT)");
  }

  @Test
  void schema_phase_applies_the_column_mapping() {
    var base = context(Map.of(), 1, NEVER);
    var config = JobConfig.defaults();
    var mapped = new JobConfig(config.tables(), config.partitions(), config.tableWhiteList(),
        config.tableBlackList(), config.partitionFilters(), config.tableMapping(),
        Map.of("amount", "amount_cents"), config.increment(), config.enableVerification(),
        config.enableSchemaMigration(), config.enableDataMigration(), config.schemaOnly(),
        config.taskType(), config.tunnelQuota(), config.others());
    var job = base.job();
    var context = new PhaseContext(base.source(), new Job(job.id(), job.name(), job.sourceId(),
        job.sourceName(), job.dbId(), job.srcDbName(), job.srcSchemaName(), job.dstDbName(),
        job.dstSchemaName(), mapped, job.eta(), false, job.timerId(), job.createTime()),
        base.task(), base.table(), base.partitions(), NEVER, rows -> { });

    assertThat(engine.migrateSchema(context).steps().get(0).action()).contains("amount_cents DECIMAL(18,2)");
  }

  @Test
  void data_phase_overwrites_each_partition_and_reports_its_rows() {
    var moved = new AtomicLong();
    var base = context(Map.of(ConfigItems.MOCK_PARTITIONS, "2", ConfigItems.MOCK_ROWS, "300"), 1, NEVER);
    var context = new PhaseContext(base.source(), base.job(), base.task(), base.table(),
        base.partitions(), NEVER, moved::addAndGet);

    var outcome = engine.migrateData(context);

    assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
    assertThat(outcome.steps()).extracting(Step::action).containsExactly(
        "insert overwrite table dst_db.dst_table partition (ds='2024-01-01', hr=0) select id, name,"
            + " amount, created_at from mock_db_1.mock_table_1 where ds='2024-01-01' and hr=0",
        "insert overwrite table dst_db.dst_table partition (ds='2024-01-01', hr=1) select id, name,"
            + " amount, created_at from mock_db_1.mock_table_1 where ds='2024-01-01' and hr=1");
    assertThat(outcome.steps()).extracting(Step::msg).allMatch(m -> m.startsWith("300 rows"));
    assertThat(moved).hasValue(600);
  }

  @Test
  void data_phase_of_a_non_partitioned_table_is_one_statement() {
    var outcome = engine.migrateData(context(Map.of(ConfigItems.MOCK_PARTITIONS, "0"), 1, NEVER));

    assertThat(outcome.steps()).extracting(Step::action).containsExactly(
        "insert overwrite table dst_db.dst_table select id, name, amount, created_at"
            + " from mock_db_1.mock_table_1");
  }

  @Test
  void verification_counts_each_partition_on_both_sides() {
    var outcome = engine.verify(context(Map.of(ConfigItems.MOCK_PARTITIONS, "3", ConfigItems.MOCK_ROWS, "8"), 1, NEVER));

    assertThat(outcome).isInstanceOf(PhaseOutcome.Succeeded.class);
    assertThat(outcome.steps()).hasSize(3).extracting(Step::msg).containsOnly("source 8, destination 8");
    assertThat(outcome.steps().get(2).action())
        .isEqualTo("select count(*) from mock_db_1.mock_table_1 where ds='2024-01-01' and hr=2");
  }

  @Test
  void a_fail_rate_of_one_fails_every_phase_with_a_clear_error() {
    var context = context(Map.of(ConfigItems.MOCK_FAIL_RATE, "1"), 1, NEVER);

    var schema = engine.migrateSchema(context);
    var data = engine.migrateData(context);
    var verification = engine.verify(context);

    assertThat(schema).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f ->
        assertThat(f.error()).contains("MOCK failure injected in the schema phase").contains("mock.fail.rate 1"));
    assertThat(data).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f ->
        assertThat(f.error()).contains("data phase"));
    assertThat(verification).isInstanceOfSatisfying(PhaseOutcome.Failed.class, f ->
        assertThat(f.error()).startsWith("counts differ for partition ds=2024-01-01/hr="));
  }

  @Test
  void draws_are_reproducible_per_task_phase_and_attempt() {
    var source = Map.of(ConfigItems.MOCK_FAIL_RATE, "0.5", ConfigItems.MOCK_SEED, "7");
    var first = new ArrayList<Boolean>();
    var second = new ArrayList<Boolean>();

    for (long task = 1; task <= 200; task++) {
      first.add(engine.migrateData(context(source, task, NEVER)) instanceof PhaseOutcome.Failed);
      second.add(engine.migrateData(context(source, task, NEVER)) instanceof PhaseOutcome.Failed);
    }

    assertThat(first).isEqualTo(second);
    assertThat(first.stream().filter(f -> f).count()).isBetween(70L, 130L);
  }

  @Test
  void another_seed_draws_differently() {
    var failures = new ArrayList<Boolean>();
    var otherSeed = new ArrayList<Boolean>();

    for (long task = 1; task <= 50; task++) {
      failures.add(engine.migrateSchema(context(Map.of(ConfigItems.MOCK_FAIL_RATE, "0.5"), task, NEVER))
          instanceof PhaseOutcome.Failed);
      otherSeed.add(engine.migrateSchema(context(Map.of(ConfigItems.MOCK_FAIL_RATE, "0.5",
          ConfigItems.MOCK_SEED, "43"), task, NEVER)) instanceof PhaseOutcome.Failed);
    }

    assertThat(failures).isNotEqualTo(otherSeed);
  }

  @Test
  void a_stalled_phase_hangs_until_cancelled() {
    var asked = new AtomicInteger();
    Cancellation afterThreeChecks = () -> asked.incrementAndGet() > 3;

    var outcome = engine.migrateSchema(context(Map.of(ConfigItems.MOCK_STALL_RATE, "1"), 1, afterThreeChecks));

    assertThat(outcome).isInstanceOf(PhaseOutcome.Cancelled.class);
    assertThat(asked.get()).isGreaterThan(3);
    assertThat(outcome.steps()).last().extracting(Step::msg).asString().contains("stalled");
  }

  @Test
  void a_stalled_phase_ends_when_its_thread_is_interrupted() {
    Thread.currentThread().interrupt();
    try {
      var outcome = engine.migrateSchema(context(Map.of(ConfigItems.MOCK_STALL_RATE, "1"), 1, NEVER));

      assertThat(outcome).isInstanceOf(PhaseOutcome.Cancelled.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void a_cancelled_data_phase_stops_before_the_next_statement() {
    var outcome = engine.migrateData(context(Map.of(), 1, () -> true));

    assertThat(outcome).isInstanceOf(PhaseOutcome.Cancelled.class);
    assertThat(outcome.steps()).isEmpty();
  }

  /** A phase of task {@code taskId} over every partition of mock_db_1.mock_table_1. */
  static PhaseContext context(Map<String, String> config, long taskId, Cancellation cancellation) {
    var counter = new AtomicLong();
    IdGenerator ids = (sequence, count) -> counter.getAndAdd(count) + 1;
    var catalog = MockCatalog.of(MockCatalog.source(1, config, NOW), ids, NOW);
    var table = catalog.tables().get(0);
    var partitions = catalog.partitionsOf(table);
    var source = catalog.source();
    var job = new Job(new JobId(1), new JobName("job"), source.id(), source.name(), table.dbId(),
        table.dbName(), Optional.empty(), "dst_db", Optional.empty(), JobConfig.defaults(),
        Optional.empty(), false, Optional.empty(), NOW);
    var task = Task.planned(new TaskId(taskId), job.id(), source.id(), table.dbId(), table.id(),
        table.dbName(), table.name(), "dst_db", "dst_table", "MOCK",
        partitions.stream().map(Partition::id).toList(), NOW);
    return new PhaseContext(source, job, task, table, partitions, cancellation, rows -> { });
  }
}
