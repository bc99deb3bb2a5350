package dev.mms.adapter.jdbc.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.Fixtures;
import dev.mms.adapter.jdbc.store.JdbcStore;
import dev.mms.adapter.jdbc.store.Phases;
import dev.mms.adapter.jdbc.store.TestDatabases;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.ClaimRequest;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Workers in two "processes" (two stores on one database), three threads each, claim and run the
 * tasks of a job at once: every task is finished exactly once and no task is ever held by two
 * workers, nor a destination table's DDL run by two.
 */
class ConcurrentClaimTest {
  static final int TASKS = 60;
  static final Instant NOW = Fixtures.T0.plusSeconds(3600);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void every_task_is_done_exactly_once_and_never_held_twice(Kind kind) throws Exception {
    var setup = TestDatabases.fresh(kind);
    var job = Fixtures.job(setup.ids(), Fixtures.source(setup.ids()), Optional.empty());
    var tasks = new ArrayList<Task>();
    for (int i = 0; i < TASKS; i++) {
      // a few tasks share each destination table, so DDL exclusivity is exercised too
      tasks.add(Fixtures.task(setup.ids(), job, "dst" + (i % 20), List.of()));
    }
    setup.transactions().inTransaction(() -> {
      setup.jobs().insert(job);
      setup.tasks().insertAll(tasks);
      return null;
    });

    var holders = new ConcurrentHashMap<TaskId, String>();
    var ddlHolders = new ConcurrentHashMap<String, String>();
    var finished = new ConcurrentHashMap<TaskId, AtomicInteger>();
    var violations = new CopyOnWriteArrayList<String>();
    try (var p1 = TestDatabases.openAnother(kind); var p2 = TestDatabases.openAnother(kind)) {
      var workers = new ArrayList<Callable<Void>>();
      for (int w = 0; w < 6; w++) {
        var store = w % 2 == 0 ? p1 : p2;
        var owner = "worker-" + w;
        workers.add(() -> {
          work(store, owner, holders, ddlHolders, finished, violations);
          return null;
        });
      }
      var pool = Executors.newFixedThreadPool(6);
      for (var f : pool.invokeAll(workers, 3, TimeUnit.MINUTES)) {
        f.get();
      }
      pool.shutdown();
    }

    assertThat(violations).isEmpty();
    assertThat(finished).hasSize(TASKS);
    assertThat(finished.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(setup.tasks().findByJob(job.id())).extracting(Task::status).containsOnly(TaskStatus.DONE);
    assertThat(setup.jobs().findById(job.sourceId(), job.id()).get().status()).isEqualTo(JobStatus.DONE);
  }

  private static void work(JdbcStore store, String owner, Map<TaskId, String> holders,
      Map<String, String> ddlHolders, Map<TaskId, AtomicInteger> finished, List<String> violations) {
    int idle = 0;
    while (idle < 20) {
      var claimed = store.tasks().claim(new ClaimRequest(owner, NOW, NOW.plusSeconds(600), 2, 100));
      if (claimed.isEmpty()) {
        idle++;
        sleep();
        continue;
      }
      idle = 0;
      for (var task : claimed) {
        var previous = holders.putIfAbsent(task.id(), owner);
        if (previous != null) {
          violations.add(task.id() + " held by " + previous + " and " + owner);
        }
        var ddl = TaskJdbcMapper.DDL_STATES.contains(task.status());
        var table = task.dstTableName();
        if (ddl && ddlHolders.putIfAbsent(table, owner + "/" + task.id()) != null) {
          violations.add("DDL on " + table + " by " + ddlHolders.get(table) + " and " + owner);
        }
        // The marks go before the finish commits: once it has, another worker may rightly claim
        // the table's next DDL task, and a mark left until then would name that a violation.
        if (ddl) {
          ddlHolders.remove(table);
        }
        holders.remove(task.id());
        var done = Phases.finish(store.tasks(), task, owner, NOW);
        if (done.isLeft()) {
          violations.add(owner + " lost " + task.id() + ": " + done.getLeft().message());
        } else {
          finished.computeIfAbsent(task.id(), id -> new AtomicInteger()).incrementAndGet();
        }
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
