package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.query.JobQuery;
import dev.mms.application.port.query.PageRequest;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.name.TableName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each store keeps the job configs it has read; what another process stores must still be read
 * as it is, even a job stored anew under an id this store has read before.
 */
class JobConfigCacheTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_job_stored_anew_by_another_process_is_read_with_its_new_config(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var first = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
    store.jobs().insert(first);
    assertThat(config(store, first)).isEqualTo(JobConfig.defaults());

    var replaced = withWhiteList(first, "orders");
    try (var other = TestDatabases.openAnother(kind)) {
      other.jobs().delete(first.id());
      other.jobs().insert(replaced);
    }

    assertThat(config(store, first)).isEqualTo(replaced.config());
    assertThat(store.jobs().findBySource(first.sourceId())).containsExactly(replaced);
    var all = new JobQuery(first.sourceId(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), PageRequest.ALL);
    assertThat(store.jobs().find(all).items())
        .extracting(JobSummary::job).containsExactly(replaced);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void an_update_leaves_the_config_as_it_was_stored(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
    store.jobs().insert(job);

    store.jobs().update(job.stop());

    try (var other = TestDatabases.openAnother(kind)) {
      var read = other.jobs().findById(job.sourceId(), job.id()).get().job();
      assertThat(read).isEqualTo(job.stop());
    }
  }

  private static JobConfig config(JdbcStore store, Job job) {
    return store.jobs().findById(job.sourceId(), job.id()).get().job().config();
  }

  private static Job withWhiteList(Job job, String table) {
    var c = job.config();
    var config = new JobConfig(c.tables(), c.partitions(), List.of(new TableName(table)),
        c.tableBlackList(), Map.of(), c.tableMapping(), c.columnMapping(), c.increment(),
        c.enableVerification(), c.enableSchemaMigration(), c.enableDataMigration(), c.schemaOnly(),
        c.taskType(), c.tunnelQuota(), c.others());
    return new Job(job.id(), job.name(), job.sourceId(), job.sourceName(), job.dbId(),
        job.srcDbName(), job.srcSchemaName(), job.dstDbName(), job.dstSchemaName(), config,
        job.eta(), job.stopped(), job.timerId(), job.createTime());
  }
}
