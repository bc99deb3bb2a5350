package dev.mms.adapter.rest;

import dev.mms.adapter.rest.catalog.CatalogController;
import dev.mms.adapter.rest.datasource.DataSourceController;
import dev.mms.adapter.rest.job.JobController;
import dev.mms.adapter.rest.metadata.MetadataController;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.task.TaskController;
import dev.mms.adapter.rest.timer.TimerController;
import dev.mms.adapter.rest.wire.JsonBody;
import dev.mms.adapter.rest.wire.JsonMapperFactory;
import dev.mms.adapter.rest.wire.WireTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The controllers of every concept, wired to their use cases, as one endpoint per operation. */
final class RestApi {
  private RestApi() {}

  static Map<Operation, Endpoint> endpoints(UseCases u, RestSettings settings) {
    var body = new JsonBody(JsonMapperFactory.create(settings.zone()));
    var time = new WireTime(settings.zone());
    var endpoints = new EnumMap<Operation, Endpoint>(Operation.class);
    for (var group :
        List.of(
            new DataSourceController(
                    u.createDataSource(),
                    u.listDataSources(),
                    u.getDataSource(),
                    u.updateDataSource(),
                    u.deleteDataSource(),
                    u.listDataSourceConfigItems(),
                    body,
                    settings.region())
                .endpoints(),
            new MetadataController(u.createScan(), u.getScan(), u.getAsyncTask(), body).endpoints(),
            new CatalogController(
                    u.listDatabases(),
                    u.getDatabase(),
                    u.updateDatabase(),
                    u.listTables(),
                    u.getTable(),
                    u.updateTable(),
                    u.updateTables(),
                    u.listPartitions(),
                    u.getPartition(),
                    body,
                    time)
                .endpoints(),
            new JobController(
                    u.createJob(),
                    u.planJob(),
                    u.listJobs(),
                    u.getJob(),
                    u.deleteJob(),
                    u.startJob(),
                    u.stopJob(),
                    u.retryJob(),
                    body)
                .endpoints(),
            new TaskController(u.listTasks(), u.getTask(), u.listTaskLogs(), u.retryTask())
                .endpoints(),
            new TimerController(
                    u.createTimer(),
                    u.listTimers(),
                    u.getTimer(),
                    u.updateTimer(),
                    u.deleteTimer(),
                    u.triggerTimer(),
                    u.listTimerLogs(),
                    body)
                .endpoints())) {
      group.forEach(
          (op, endpoint) -> {
            if (endpoints.put(op, endpoint) != null) {
              throw new IllegalStateException(op + " has two endpoints");
            }
          });
    }
    return endpoints;
  }
}
