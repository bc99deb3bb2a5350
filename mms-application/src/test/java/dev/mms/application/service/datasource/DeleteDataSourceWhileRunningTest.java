package dev.mms.application.service.datasource;

import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.mock.MockMigrationEngine;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.datasource.DeleteDataSourceUseCase.DeleteDataSourceCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.service.Fixture;
import dev.mms.application.service.scheduler.Progress;
import dev.mms.application.service.scheduler.Scheduler;
import dev.mms.application.service.scheduler.SchedulerPorts;
import dev.mms.application.service.scheduler.SchedulerSettings;
import dev.mms.domain.job.JobId;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * DeleteMmsDataSource while workers run its tasks: the running phases are interrupted, and a
 * worker that comes back afterwards has every write refused, leaving no task, log or catalog row
 * behind.
 */
class DeleteDataSourceWhileRunningTest {
  private final Fixture f = new Fixture();

  @Test
  void a_worker_that_writes_after_the_delete_is_refused_and_leaves_nothing_behind() {
    var source = mockSource(Map.of());
    var job = job(source);
    var worker = f.scheduler(4, new MockMigrationEngine()).newWorker("w");
    worker.step();
    worker.step();
    var task = f.store.tasks().findByJob(job).get(0);
    assertThat(task.status()).isEqualTo(TaskStatus.SCHEMA_DOING);

    right(f.dataSources.deleteDataSource(new DeleteDataSourceCommand(source.value())));
    var progress = worker.step();

    assertThat(progress).isEqualTo(Progress.ABANDONED);
    assertNothingLeft(source, job, task.id());
  }

  @Test
  void a_crashed_phase_resumed_by_a_claim_racing_the_delete_logs_nothing() {
    var source = mockSource(Map.of());
    var job = job(source);
    var first = f.scheduler(4, new MockMigrationEngine()).newWorker("crashes");
    first.step();
    first.step();
    var task = f.store.tasks().findByJob(job).get(0);
    f.clock.advance(Fixture.LEASE.plusSeconds(1));
    // The delete lands after the second worker's claim has found the source and the job, before
    // it notes that the phase resumes.
    var partitions = runningOnceAfter(PartitionRepository.class, f.store.partitions(), "findByIds",
        () -> right(f.dataSources.deleteDataSource(new DeleteDataSourceCommand(source.value()))));
    var second = new Scheduler(new SchedulerPorts(f.store.tasks(), f.store.taskLogs(), f.store.jobs(),
        f.store.dataSources(), f.store.tables(), partitions, List.of(new MockMigrationEngine()),
        f.store.ids(), f.store.transactions(), f.clock), f.rollUp,
        SchedulerSettings.defaults("other")).newWorker("resumes");

    second.step();

    assertThat(second.step()).isEqualTo(Progress.ABANDONED);
    assertNothingLeft(source, job, task.id());
  }

  @Test
  void deleting_a_source_interrupts_its_running_phases() throws InterruptedException {
    var source = mockSource(Map.of(ConfigItems.MOCK_STALL_RATE, ConfigValue.text("1")));
    var job = job(source);
    var engine = new CountingEngine(new MockMigrationEngine());
    var taskIds = f.store.tasks().findByJob(job).stream().map(Task::id).toList();
    try (var scheduler = f.scheduler(4, engine)) {
      scheduler.start();
      await(() -> engine.running.get() == 2, "both tasks stall in their schema phase");

      right(f.dataSources.deleteDataSource(new DeleteDataSourceCommand(source.value())));

      await(() -> engine.running.get() == 0, "the stalled phases are interrupted");
    }
    taskIds.forEach(id -> assertNothingLeft(source, job, id));
  }

  private SourceId mockSource(Map<String, ConfigValue> extra) {
    var config = new java.util.LinkedHashMap<String, ConfigValue>();
    config.put(ConfigItems.MOCK_DATABASES, ConfigValue.text("1"));
    config.put(ConfigItems.MOCK_TABLES, ConfigValue.text("2"));
    config.put(ConfigItems.MOCK_PARTITIONS, ConfigValue.text("2"));
    config.putAll(extra);
    var id = right(f.dataSources.createDataSource(new CreateDataSourceCommand("mock",
        DataSourceType.MOCK.name(), config, Optional.empty(), Optional.empty())));
    f.scanAll(id);
    return id;
  }

  private JobId job(SourceId source) {
    var async = right(f.jobs.createJob(new CreateJobCommand(source.value(), "all", "mock_db_1",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), JobConfigInput.EMPTY)));
    return new JobId(f.store.asyncTasks().findById(source, async).get().objectId().getAsLong());
  }

  private void assertNothingLeft(SourceId source, JobId job, TaskId task) {
    assertThat(f.store.tasks().findById(source, task).isEmpty()).as("task row").isTrue();
    assertThat(f.store.taskLogs().findByTask(task)).as("task logs").isEmpty();
    assertThat(f.store.jobs().findById(source, job).isEmpty()).as("job row").isTrue();
    assertThat(f.store.databases().findAllBySource(source)).as("databases").isEmpty();
    assertThat(f.store.dataSources().findById(source).isEmpty()).as("source row").isTrue();
  }

  /** {@code target}, where {@code action} runs once, right after the first call of {@code method}. */
  private static <T> T runningOnceAfter(Class<T> type, T target, String method, Runnable action) {
    var fired = new AtomicInteger();
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, called, args) -> {
          Object result;
          try {
            result = called.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (called.getName().equals(method) && fired.getAndIncrement() == 0) {
            action.run();
          }
          return result;
        }));
  }

  private static void await(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting until %s", what).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** Counts the phases under way right now. */
  private static final class CountingEngine implements MigrationEnginePort {
    final AtomicInteger running = new AtomicInteger();
    private final MigrationEnginePort delegate;

    CountingEngine(MigrationEnginePort delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean supports(DataSourceType type) {
      return delegate.supports(type);
    }

    @Override
    public PhaseOutcome migrateSchema(PhaseContext context) {
      running.incrementAndGet();
      try {
        return delegate.migrateSchema(context);
      } finally {
        running.decrementAndGet();
      }
    }

    @Override
    public PhaseOutcome migrateData(PhaseContext context) {
      return delegate.migrateData(context);
    }

    @Override
    public PhaseOutcome verify(PhaseContext context) {
      return delegate.verify(context);
    }
  }
}
