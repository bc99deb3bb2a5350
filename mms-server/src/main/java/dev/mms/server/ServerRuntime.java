package dev.mms.server;

import dev.mms.adapter.jdbc.engine.JdbcMigrationEngine;
import dev.mms.adapter.jdbc.source.JdbcCatalogReader;
import dev.mms.adapter.jdbc.store.JdbcStore;
import dev.mms.adapter.jdbc.store.JdbcStoreConfig;
import dev.mms.adapter.rest.RestServer;
import dev.mms.adapter.rest.RestSettings;
import dev.mms.adapter.rest.UseCases;
import dev.mms.adapter.rest.auth.AccessKey;
import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.mock.MockCatalogReader;
import dev.mms.application.mock.MockMigrationEngine;
import dev.mms.application.port.out.Stores;
import dev.mms.application.service.MigrationControlPlane;
import dev.mms.application.service.scheduler.SchedulerSettings;
import dev.mms.domain.task.RetryPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A running mms: the store (JDBC or in-memory), the control plane with its workers, and the
 * HTTP API, closed in the reverse order so that leases are given back before the store goes.
 */
final class ServerRuntime implements AutoCloseable {
  private final Optional<JdbcStore> jdbc;
  private final MigrationControlPlane mms;
  private final RestServer rest;

  private ServerRuntime(Optional<JdbcStore> jdbc, MigrationControlPlane mms, RestServer rest) {
    this.jdbc = jdbc;
    this.mms = mms;
    this.rest = rest;
  }

  static ServerRuntime start(ServerConfig config) {
    List<AccessKey> keys = config.accessKeys().map(AccessKeysFile::read).orElse(List.of());
    Optional<JdbcStore> jdbc = config.inMemory() ? Optional.empty()
        : Optional.of(JdbcStore.open(JdbcStoreConfig.of(config.store(),
            config.storeUser().orElse(""), config.storePassword().orElse(""))));
    Stores stores = jdbc.map(JdbcStore::stores).orElseGet(() -> new InMemoryStore().stores());
    MigrationControlPlane mms = null;
    try {
      mms = MigrationControlPlane.builder(stores)
          .catalogReader(new JdbcCatalogReader())
          .catalogReader(new MockCatalogReader())
          .engine(new JdbcMigrationEngine())
          .engine(new MockMigrationEngine())
          .scheduler(new SchedulerSettings(processName(), config.workers(),
              config.perSourceLimit(), SchedulerSettings.DEFAULT_LEASE,
              SchedulerSettings.DEFAULT_POLL, RetryPolicy.DEFAULT))
          .build();
      var rest = RestServer.start(new RestSettings(config.host(), config.port(), config.zone(),
          RestSettings.DEFAULT_MAX_BODY_BYTES, keys, config.region(), config.accountId()),
          Clock.systemUTC(), useCases(mms));
      mms.start();
      return new ServerRuntime(jdbc, mms, rest);
    } catch (RuntimeException e) {
      if (mms != null) {
        mms.close();
      }
      jdbc.ifPresent(JdbcStore::close);
      throw e;
    }
  }

  int port() {
    return rest.port();
  }

  @Override
  public void close() {
    rest.close();
    mms.close();
    jdbc.ifPresent(JdbcStore::close);
  }

  /** Unique among the processes sharing a store: it owns this process's leases. */
  private static String processName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + ":" + ProcessHandle.current().pid() + ":" + Long.toString(System.nanoTime(), 36);
  }

  private static UseCases useCases(MigrationControlPlane mms) {
    var sources = mms.dataSources();
    var metadata = mms.metadata();
    var catalog = mms.catalog();
    var jobs = mms.jobs();
    var tasks = mms.tasks();
    var timers = mms.timers();
    return new UseCases(sources, sources, sources, sources, sources, sources,
        metadata, metadata, metadata,
        catalog, catalog, catalog, catalog, catalog, catalog, catalog, catalog, catalog,
        jobs, jobs, jobs, jobs, jobs, jobs, jobs, jobs,
        tasks, tasks, tasks, tasks,
        timers, timers, timers, timers, timers, timers, timers);
  }
}
