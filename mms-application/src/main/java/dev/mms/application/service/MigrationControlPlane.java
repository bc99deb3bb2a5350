package dev.mms.application.service;

import dev.mms.application.port.out.CatalogReaderPort;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.Stores;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A whole migration service over one set of stores: every use case, the workers, the timer loop
 * and the heartbeat of async tasks (which also fails those whose process died). Embedders build one, {@link #start()} it, call the use cases, and {@link #close()} it;
 * the server does the same behind HTTP.
 */
public final class MigrationControlPlane implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(MigrationControlPlane.class.getName());

  private final DataSourceService dataSources;
  private final MetadataService metadata;
  private final CatalogService catalog;
  private final JobService jobs;
  private final TaskService tasks;
  private final TimerService timers;
  private final Scheduler scheduler;
  private final AsyncRunner async;
  private final ExecutorService asyncExecutor;
  // Two threads: a slow timer round must not hold back the heartbeat of running async tasks.
  private final ScheduledExecutorService loops;
  private final Duration timerInterval;
  private final Clock clock;

  private MigrationControlPlane(Builder b) {
    var s = b.stores;
    this.clock = b.clock;
    this.timerInterval = b.timerInterval;
    this.asyncExecutor = Executors.newFixedThreadPool(2, daemon("mms-async"));
    this.loops = Executors.newScheduledThreadPool(2, daemon("mms-loops"));
    this.async = new AsyncRunner(s.asyncTasks(), s.ids(), clock, asyncExecutor);
    var readers = new CatalogReaders(List.copyOf(b.readers));
    var history = new TaskHistory(s.taskLogs(), s.ids(), clock);
    var rollUp = new CatalogRollUp(s.databases(), s.tables(), s.partitions(), s.transactions());
    var factory = new JobFactory(s.databases(), s.tables(), s.partitions(), s.jobs(), s.tasks(),
        async, s.ids(), s.transactions(), clock);
    this.dataSources = new DataSourceService(s.dataSources(), s.databases(), s.tables(),
        s.partitions(), s.asyncTasks(), s.jobs(), s.tasks(), s.taskLogs(), s.timers(),
        s.timerLogs(), readers, async, s.ids(), s.transactions(), clock);
    this.metadata = new MetadataService(s.dataSources(), s.databases(), s.tables(),
        s.partitions(), s.asyncTasks(), readers, async, s.ids(), s.transactions(), clock);
    this.catalog = new CatalogService(s.dataSources(), s.databases(), s.tables(), s.partitions(),
        s.tasks(), s.transactions(), clock);
    this.jobs = new JobService(s.dataSources(), s.jobs(), s.tasks(), s.taskLogs(), factory,
        history, rollUp, async, s.transactions(), clock);
    this.tasks = new TaskService(s.dataSources(), s.jobs(), s.tasks(), s.taskLogs(), history,
        rollUp, s.transactions(), clock);
    this.timers = new TimerService(s.dataSources(), s.timers(), s.timerLogs(), s.jobs(),
        s.asyncTasks(), factory, s.ids(), s.transactions(), clock);
    this.scheduler = new Scheduler(new SchedulerPorts(s.tasks(), s.taskLogs(), s.jobs(),
        s.dataSources(), s.tables(), s.partitions(), List.copyOf(b.engines), s.ids(),
        s.transactions(), clock), rollUp, b.settings);
  }

  public static Builder builder(Stores stores) {
    return new Builder(stores);
  }

  /**
   * Fails the async tasks that a stopped process left DOING, then starts the workers, the timer
   * loop and the heartbeat loop.
   */
  public void start() {
    keepAsyncTasksAlive();
    scheduler.start();
    long millis = timerInterval.toMillis();
    loops.scheduleWithFixedDelay(this::fireDueTimers, millis, millis, TimeUnit.MILLISECONDS);
    long beat = AsyncRunner.HEARTBEAT_EVERY.toMillis();
    loops.scheduleWithFixedDelay(this::keepAsyncTasksAlive, beat, beat, TimeUnit.MILLISECONDS);
  }

  /** Stops taking work, interrupts running phases and gives their leases back. */
  @Override
  public void close() {
    loops.shutdownNow();
    scheduler.close();
    asyncExecutor.shutdown();
    try {
      if (!asyncExecutor.awaitTermination(10, TimeUnit.SECONDS)) {
        asyncExecutor.shutdownNow();
      }
    } catch (InterruptedException e) {
      asyncExecutor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  public DataSourceService dataSources() {
    return dataSources;
  }

  public MetadataService metadata() {
    return metadata;
  }

  public CatalogService catalog() {
    return catalog;
  }

  public JobService jobs() {
    return jobs;
  }

  public TaskService tasks() {
    return tasks;
  }

  public TimerService timers() {
    return timers;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  private void fireDueTimers() {
    try {
      timers.fireDueTimers(clock.instant());
    } catch (RuntimeException e) {
      // the loop must survive a store outage; the next round tries again
      LOG.log(System.Logger.Level.WARNING, "timer round failed: " + e.getMessage(), e);
    }
  }

  private void keepAsyncTasksAlive() {
    try {
      async.beat();
      var failed = async.failAbandoned();
      if (!failed.isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, "failed async tasks " + failed
            + ": the process running them stopped before they finished");
      }
    } catch (RuntimeException e) {
      // the loop must survive a store outage; the next round tries again
      LOG.log(System.Logger.Level.WARNING, "async task heartbeat failed: " + e.getMessage(), e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      var t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Collects the stores, the readers and engines per data-source type, and the settings. */
  public static final class Builder {
    private final Stores stores;
    private final List<CatalogReaderPort> readers = new ArrayList<>();
    private final List<MigrationEnginePort> engines = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private SchedulerSettings settings = SchedulerSettings.defaults("mms");
    private Duration timerInterval = Duration.ofSeconds(15);

    private Builder(Stores stores) {
      this.stores = Objects.requireNonNull(stores, "stores");
    }

    public Builder catalogReader(CatalogReaderPort reader) {
      readers.add(Objects.requireNonNull(reader, "reader"));
      return this;
    }

    public Builder engine(MigrationEnginePort engine) {
      engines.add(Objects.requireNonNull(engine, "engine"));
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    public Builder scheduler(SchedulerSettings value) {
      this.settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /** How often timers are checked for a due firing. */
    public Builder timerInterval(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("timer interval must be positive");
      }
      this.timerInterval = value;
      return this;
    }

    public MigrationControlPlane build() {
      return new MigrationControlPlane(this);
    }
  }
}
