package dev.mms.application.service.scheduler;

import static dev.mms.domain.task.TaskStatus.DATA_DOING;
import static dev.mms.domain.task.TaskStatus.DONE;
import static dev.mms.domain.task.TaskStatus.SCHEMA_DOING;
import static dev.mms.domain.task.TaskStatus.VERIFICATION_DOING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mms.application.port.out.TransactionPort;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Which of a task's writes may be lost in a crash of the store: only those whose loss repeats a
 * schema or verification phase, never one that starts or ends moving data.
 */
class DurableWritesTest {
  private final SchedulerFixture fx = new SchedulerFixture(Map.of(ConfigItems.MOCK_DATABASES, "1",
      ConfigItems.MOCK_TABLES, "1", ConfigItems.MOCK_PARTITIONS, "1"));

  /** The store's transactions, noting how each commit of the task's writes was asked for. */
  private final class Noting implements TransactionPort {
    final List<Tuple> commits = new ArrayList<>();
    Task task;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return noted("durable", () -> fx.store.transactions().inTransaction(work));
    }

    @Override
    public <T> T inTransactionDurableLater(Supplier<T> work) {
      return noted("durable later", () -> fx.store.transactions().inTransactionDurableLater(work));
    }

    private <T> T noted(String kind, Supplier<T> commit) {
      var before = fx.stored(task).status();
      T result = commit.get();
      var after = fx.stored(task).status();
      if (after != before) {
        commits.add(tuple(kind, before, after));
      }
      return result;
    }
  }

  @Test
  void the_first_and_the_last_write_may_be_lost_and_every_write_around_the_data_phase_is_durable() {
    var noting = new Noting();
    noting.task = fx.task(fx.job(), fx.table(0), fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler(noting).newWorker("a");

    while (worker.step() != Progress.IDLE) {
      fx.clock.advance(Duration.ofMillis(1));
    }

    assertThat(noting.commits).containsExactly(
        tuple("durable later", TaskStatus.INIT, SCHEMA_DOING),
        tuple("durable", SCHEMA_DOING, DATA_DOING),
        tuple("durable", DATA_DOING, VERIFICATION_DOING),
        tuple("durable later", VERIFICATION_DOING, DONE));
  }

  @Test
  void a_task_that_moves_no_data_may_lose_its_last_write_too() {
    var noting = new Noting();
    var config = JobConfig.defaults();
    var schemaOnly = new JobConfig(config.tables(), config.partitions(), config.tableWhiteList(),
        config.tableBlackList(), config.partitionFilters(), config.tableMapping(),
        config.columnMapping(), config.increment(), false, config.enableSchemaMigration(), false,
        true, config.taskType(), config.tunnelQuota(), config.others());
    noting.task = fx.task(fx.job(schemaOnly, Optional.empty()), fx.table(0),
        fx.catalog.partitionsOf(fx.table(0)));
    var worker = scheduler(noting).newWorker("a");

    while (worker.step() != Progress.IDLE) {
      fx.clock.advance(Duration.ofMillis(1));
    }

    assertThat(noting.commits).containsExactly(
        tuple("durable later", TaskStatus.INIT, SCHEMA_DOING),
        tuple("durable later", SCHEMA_DOING, DONE));
  }

  private Scheduler scheduler(TransactionPort tx) {
    var p = fx.ports(fx.clock, List.of(fx.engine));
    return new Scheduler(new SchedulerPorts(p.tasks(), p.taskLogs(), p.jobs(), p.sources(),
        p.tables(), p.partitions(), p.engines(), p.ids(), tx, p.clock()), fx.rollUp,
        new SchedulerSettings("test", 1, 10, SchedulerFixture.LEASE, Duration.ofSeconds(1),
            SchedulerFixture.RETRY));
  }
}
