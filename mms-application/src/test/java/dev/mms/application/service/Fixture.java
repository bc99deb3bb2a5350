package dev.mms.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.mock.MockCatalogReader;
import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.metadata.CreateScanUseCase.CreateScanCommand;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.service.catalog.CatalogService;
import dev.mms.application.service.datasource.DataSourceService;
import dev.mms.application.service.job.JobFactory;
import dev.mms.application.service.job.JobService;
import dev.mms.application.service.metadata.CatalogReaders;
import dev.mms.application.service.metadata.MetadataService;
import dev.mms.application.service.rollup.CatalogRollUp;
import dev.mms.application.service.scheduler.Scheduler;
import dev.mms.application.service.scheduler.SchedulerPorts;
import dev.mms.application.service.scheduler.SchedulerSettings;
import dev.mms.application.service.task.TaskHistory;
import dev.mms.application.service.task.TaskService;
import dev.mms.application.service.timer.TimerService;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.ScannedDatabase;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.RetryPolicy;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services wired on one in-memory store, with a clock the test moves, a direct executor (async
 * work is done when the call returns), a {@link FixedCatalogReader} for JDBC sources and the real
 * reader of MOCK sources.
 */
public class Fixture {
  public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  public static final Duration LEASE = Duration.ofSeconds(60);

  public final InMemoryStore store = new InMemoryStore();
  public final TestClock clock = new TestClock(T0);
  public final FixedCatalogReader reader = new FixedCatalogReader();
  public final AsyncRunner async = new AsyncRunner(store.asyncTasks(), store.ids(), clock, Runnable::run);
  public final CatalogReaders readers = new CatalogReaders(List.of(reader, new MockCatalogReader()));
  public final DataSourceService dataSources = new DataSourceService(store.dataSources(),
      store.databases(), store.tables(), store.partitions(), store.asyncTasks(), store.jobs(),
      store.tasks(), store.taskLogs(), store.timers(), store.timerLogs(), readers, async,
      store.ids(), store.transactions(), clock);
  public final MetadataService metadata = new MetadataService(store.dataSources(),
      store.databases(), store.tables(), store.partitions(), store.asyncTasks(), readers, async,
      store.ids(), store.transactions(), clock);
  public final CatalogService catalog = new CatalogService(store.dataSources(), store.databases(),
      store.tables(), store.partitions(), store.tasks(), store.transactions(), clock);
  public final TaskHistory history = new TaskHistory(store.taskLogs(), store.ids(), clock);
  public final CatalogRollUp rollUp = new CatalogRollUp(store.databases(), store.tables(),
      store.partitions(), store.transactions());
  public final JobFactory jobFactory = new JobFactory(store.databases(), store.tables(),
      store.partitions(), store.jobs(), store.tasks(), async, store.ids(), store.transactions(), clock);
  public final JobService jobs = new JobService(store.dataSources(), store.jobs(), store.tasks(),
      store.taskLogs(), jobFactory, history, rollUp, async, store.transactions(), clock);
  public final TaskService tasks = new TaskService(store.dataSources(), store.jobs(), store.tasks(),
      store.taskLogs(), history, rollUp, store.transactions(), clock);
  public final TimerService timers = new TimerService(store.dataSources(), store.timers(),
      store.timerLogs(), store.jobs(), store.asyncTasks(), jobFactory, store.ids(),
      store.transactions(), clock);

  /**
   * A scheduler over the store, for workers the test steps or for its two threads: 60 s leases,
   * at most {@code perSourceLimit} per source, 20 ms polls, three automatic retries from 2 s on.
   */
  public Scheduler scheduler(int perSourceLimit, MigrationEnginePort... engines) {
    return new Scheduler(new SchedulerPorts(store.tasks(), store.taskLogs(), store.jobs(),
        store.dataSources(), store.tables(), store.partitions(), List.of(engines), store.ids(),
        store.transactions(), clock), rollUp, new SchedulerSettings("test", 2, perSourceLimit,
        LEASE, Duration.ofMillis(20), new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5))));
  }

  public static Map<String, ConfigValue> jdbcConfig() {
    var config = new LinkedHashMap<String, ConfigValue>();
    config.put("jdbc.url", ConfigValue.text("jdbc:h2:mem:src"));
    config.put("jdbc.password", ConfigValue.text("s3cret"));
    config.put("dst.jdbc.url", ConfigValue.text("jdbc:h2:mem:dst"));
    return config;
  }

  public SourceId jdbcSource(String name) {
    return right(dataSources.createDataSource(new CreateDataSourceCommand(name, "JDBC",
        jdbcConfig(), Optional.empty(), Optional.empty())));
  }

  /** A JDBC source that has scanned {@code databases}. */
  public SourceId scannedSource(String name, ScannedDatabase... databases) {
    var source = jdbcSource(name);
    reader.serve(new CatalogSnapshot(List.of(databases)));
    scanAll(source);
    return source;
  }

  public void scanAll(SourceId source) {
    var scan = right(metadata.createScan(new CreateScanCommand(source.value(), Optional.empty(), List.of())));
    assertThat(store.asyncTasks().findById(source, scan).get().status()).isEqualTo(AsyncTaskStatus.DONE);
  }

  public static PageParams all() {
    return PageParams.of(1, 1000);
  }

  public static <T> T right(Either<?, T> either) {
    assertThat(either.isRight()).as("expected success, got %s", either).isTrue();
    return either.get();
  }

  /** A clock a test sets. */
  public static final class TestClock extends Clock {
    private final java.util.concurrent.atomic.AtomicReference<Instant> now;

    public TestClock(Instant start) {
      now = new java.util.concurrent.atomic.AtomicReference<>(start);
    }

    public void set(Instant instant) {
      now.set(instant);
    }

    public void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the test clock is UTC");
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
