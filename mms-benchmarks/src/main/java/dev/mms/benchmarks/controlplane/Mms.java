package dev.mms.benchmarks.controlplane;

import dev.mms.adapter.jdbc.store.JdbcStore;
import dev.mms.adapter.jdbc.store.JdbcStoreConfig;
import dev.mms.application.mock.MockCatalogReader;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.metadata.CreateScanUseCase.CreateScanCommand;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase.GetAsyncTaskQuery;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.service.MigrationControlPlane;
import dev.mms.application.service.scheduler.SchedulerSettings;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.task.RetryPolicy;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A control plane over a JDBC store in its own database, with the MOCK reader and the given
 * engine, driven through its use cases as the REST adapter drives it.
 */
final class Mms implements AutoCloseable {
  /** The database every MOCK source has. */
  static final String MOCK_DB = "mock_db_1";

  private final JdbcStore store;
  private final MigrationControlPlane plane;

  Mms(String url, String user, String password, MigrationEnginePort engine, int workers) {
    this.store = JdbcStore.open(new JdbcStoreConfig(url, Optional.of(user), Optional.of(password),
        Math.max(JdbcStoreConfig.DEFAULT_POOL_SIZE, workers + 4)));
    this.plane = MigrationControlPlane.builder(store.stores())
        .catalogReader(new MockCatalogReader())
        .engine(engine)
        .scheduler(new SchedulerSettings("bench", workers, workers,
            SchedulerSettings.DEFAULT_LEASE, Duration.ofMillis(100),
            RetryPolicy.DEFAULT))
        .build();
  }

  MigrationControlPlane plane() {
    return plane;
  }

  /** Registers a MOCK source of one database with {@code tables} x {@code partitions}. */
  long mockSource(String name, int tables, int partitions, int maxPartitionsPerTask) {
    var config = new LinkedHashMap<String, ConfigValue>();
    config.put(ConfigItems.MOCK_DATABASES, ConfigValue.text("1"));
    config.put(ConfigItems.MOCK_TABLES, ConfigValue.text(Integer.toString(tables)));
    config.put(ConfigItems.MOCK_PARTITIONS, ConfigValue.text(Integer.toString(partitions)));
    config.put(ConfigItems.TASK_PARTITION_MAX_NUM,
        ConfigValue.text(Integer.toString(maxPartitionsPerTask)));
    return ok(plane.dataSources().createDataSource(new CreateDataSourceCommand(name, "MOCK",
        config, Optional.empty(), Optional.empty())), "create source " + name).value();
  }

  /** Scans the whole source and waits until the catalog is stored. */
  void scan(long sourceId) {
    var scan = ok(plane.metadata().createScan(
        new CreateScanCommand(sourceId, Optional.empty(), List.of())), "scan");
    await(sourceId, scan, "scan");
  }

  /** Asks for a Database-scope job over {@link #MOCK_DB}; returns its async task. */
  AsyncTaskId createJob(long sourceId, String name, Map<String, String> partitionFilters) {
    return createJob(sourceId, name, partitionFilters, List.of());
  }

  /** The same, in Tables scope when {@code tables} is not empty. */
  AsyncTaskId createJob(long sourceId, String name, Map<String, String> partitionFilters,
      List<String> tables) {
    var config = JobConfigInput.EMPTY.withPartitionFilters(partitionFilters).withTables(tables);
    return ok(plane.jobs().createJob(new CreateJobCommand(sourceId, name, MOCK_DB,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), config)),
        "create job " + name);
  }

  /** Waits for an async task to end; it must end DONE. */
  AsyncTask await(long sourceId, AsyncTaskId id, String what) {
    while (true) {
      var task = ok(plane.metadata().getAsyncTask(new GetAsyncTaskQuery(sourceId, id.value())),
          what);
      if (task.status() == AsyncTaskStatus.DONE) {
        return task;
      }
      if (task.status() != AsyncTaskStatus.DOING) {
        throw new IllegalStateException(what + " ended " + task.status() + ": "
            + task.errorMsg().orElse(""));
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(what + " interrupted", e);
      }
    }
  }

  static <T> T ok(Either<DomainError, T> result, String what) {
    return result.getOrElseThrow(e -> new IllegalStateException(what + ": " + e.message()));
  }

  @Override
  public void close() {
    plane.close();
    store.close();
  }
}
