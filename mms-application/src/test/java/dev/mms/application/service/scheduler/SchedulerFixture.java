package dev.mms.application.service.scheduler;

import dev.mms.application.service.Fixture;

import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.mock.MockCatalog;
import dev.mms.application.mock.MockMigrationEngine;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.service.rollup.CatalogRollUp;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.JobName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.task.RetryPolicy;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory store holding one scanned MOCK source, with jobs and tasks planned straight
 * through the repositories, and schedulers over it.
 */
final class SchedulerFixture {
  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  static final Duration LEASE = Duration.ofSeconds(60);
  static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5));

  final Fixture.TestClock clock = new Fixture.TestClock(START);
  final InMemoryStore store = new InMemoryStore();
  final CatalogRollUp rollUp = new CatalogRollUp(store.databases(), store.tables(),
      store.partitions(), store.transactions());
  final MockCatalog catalog;

  SchedulerFixture(Map<String, String> mockConfig) {
    catalog = MockCatalog.of(MockCatalog.source(store.ids().next(Sequence.DATA_SOURCE), mockConfig, START),
        store.ids(), START);
    store.dataSources().insert(catalog.source());
    store.databases().insertAll(catalog.databases());
    store.tables().insertAll(catalog.tables());
    store.partitions().insertAll(catalog.partitions());
  }

  SchedulerPorts ports(Clock clock, List<MigrationEnginePort> engines) {
    return new SchedulerPorts(store.tasks(), store.taskLogs(), store.jobs(), store.dataSources(),
        store.tables(), store.partitions(), engines, store.ids(), store.transactions(), clock);
  }

  /** Watches every phase the schedulers of this fixture run on the MOCK engine. */
  final ProbeEngine engine = new ProbeEngine(new MockMigrationEngine());

  /** A scheduler on the test clock, used through its step-wise workers. */
  Scheduler scheduler(int perSourceLimit) {
    return new Scheduler(ports(clock, List.of(engine)), rollUp,
        new SchedulerSettings("test", 1, perSourceLimit, LEASE, Duration.ofSeconds(1), RETRY));
  }

  Scheduler scheduler() {
    return scheduler(10);
  }

  DataSource source() {
    return store.dataSources().findById(catalog.source().id()).get();
  }

  /** Changes one mock setting of the source; workers read it when they next claim a task. */
  void configure(String key, String value) {
    var config = new java.util.LinkedHashMap<>(source().config());
    config.put(key, ConfigValue.text(value));
    var s = source();
    store.dataSources().update(new DataSource(s.id(), s.name(), s.type(), s.region(),
        s.networklink(), s.status(), s.errMsg(), config, s.createTime(), s.lastUpdateTime(), s.scanId()));
  }

  void failEveryPhase() {
    configure(ConfigItems.MOCK_FAIL_RATE, "1");
  }

  void failNothing() {
    configure(ConfigItems.MOCK_FAIL_RATE, "0");
  }

  Job job(JobConfig config, Optional<Eta> eta) {
    var s = source();
    var db = catalog.databases().get(0);
    var id = new JobId(store.ids().next(Sequence.JOB));
    var job = new Job(id, new JobName("job_" + id), s.id(), s.name(), db.id(), db.name(),
        Optional.empty(), "dst_db", Optional.empty(), config, eta, false, Optional.empty(),
        clock.instant());
    store.jobs().insert(job);
    return job;
  }

  static JobConfig config(boolean schema, boolean data, boolean verification) {
    var d = JobConfig.defaults();
    return new JobConfig(d.tables(), d.partitions(), d.tableWhiteList(), d.tableBlackList(),
        d.partitionFilters(), d.tableMapping(), d.columnMapping(), d.increment(), verification,
        schema, data, d.schemaOnly(), d.taskType(), d.tunnelQuota(), d.others());
  }

  Job job() {
    return job(JobConfig.defaults(), Optional.empty());
  }

  /** A planned task of {@code job} over {@code partitions} of {@code table} (none: the whole table). */
  Task task(Job job, Table table, List<Partition> partitions) {
    var task = Task.planned(new TaskId(store.ids().next(Sequence.TASK)), job.id(), job.sourceId(),
        table.dbId(), table.id(), table.dbName(), table.name(), job.dstDbName(),
        table.effectiveDstName(), "MOCK", partitions.stream().map(Partition::id).toList(),
        clock.instant());
    store.tasks().insertAll(List.of(task));
    return task;
  }

  /** One task per table of the first database, each over all its partitions. */
  List<Task> plan(Job job) {
    var tasks = new ArrayList<Task>();
    for (var table : catalog.tables()) {
      if (table.dbId().equals(job.dbId())) {
        tasks.add(task(job, table, catalog.partitionsOf(table)));
      }
    }
    return tasks;
  }

  Table table(int index) {
    return catalog.tables().get(index);
  }

  Task stored(Task task) {
    return store.tasks().findById(task.sourceId(), task.id()).get();
  }

  List<TaskLog> logs(Task task) {
    return store.taskLogs().findByTask(task.id());
  }

  void stop(Job job) {
    store.jobs().update(job.stop());
    store.tasks().setStoppedByJob(job.id(), true);
  }

  void start(Job job) {
    store.jobs().update(job.resume());
    store.tasks().setStoppedByJob(job.id(), false);
  }
}
