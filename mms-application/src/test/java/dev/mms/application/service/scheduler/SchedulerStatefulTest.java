package dev.mms.application.service.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.mock.MockCatalogReader;
import dev.mms.application.port.in.metadata.CreateScanUseCase.CreateScanCommand;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.service.AsyncRunner;
import dev.mms.application.service.metadata.CatalogReaders;
import dev.mms.application.service.metadata.MetadataService;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskEvent;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskLogId;
import dev.mms.domain.task.TaskStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random interleavings of what users and workers do to one store: create, stop, start, retry and
 * delete jobs, worker steps, workers that crash holding a lease and come back stale, injected
 * phase failures, and time passing. After every action the invariants of product.md §3, §4, §5
 * and §8 hold; once failures stop, every job finishes.
 *
 * <p>Scans go through the metadata service (the MOCK source growing or shrinking its partitions
 * between scans). Jobs are planned straight through the repositories (every uncovered partition of
 * the chosen tables, in groups), as the job service is not on main yet; so are stop, start, retry
 * and delete, following product.md §4.
 */
class SchedulerStatefulTest {
  private static final int WORKERS = 3;

  @Property(tries = 200)
  void every_interleaving_keeps_the_invariants_and_every_job_finishes_once_failures_stop(
      @ForAll("chains") ActionChain<World> chain) {
    chain
        .withInvariant("a partition is in at most one live task", World::partitionsInOneLiveTask)
        .withInvariant("job status is derived from its tasks", World::jobStatusIsDerived)
        .withInvariant("task logs only grow", World::logsOnlyGrow)
        .withInvariant("statuses move only along the transition table", World::transitionsAreLegal)
        .withInvariant("the catalog follows running tasks", World::catalogFollowsTasks)
        .run();

    chain.finalState().orElseThrow().drain();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return ActionChain.startWith(World::new)
        .withAction(3, action("create job", w -> true, createJob(), World::createJob))
        .withAction(1, action("scan with partitions per table", w -> true, Arbitraries.integers().between(2, 4), World::scan))
        .withAction(1, action("stop job", World::hasJobs, Arbitraries.integers().between(0, 99), World::stop))
        .withAction(1, action("start job", World::hasJobs, Arbitraries.integers().between(0, 99), World::start))
        .withAction(1, action("retry job", World::hasJobs, Arbitraries.integers().between(0, 99), World::retry))
        .withAction(1, action("delete job", World::hasJobs, Arbitraries.integers().between(0, 99), World::delete))
        .withAction(10, action("worker step", w -> true, Arbitraries.integers().between(0, WORKERS - 1), World::step))
        .withAction(1, action("crash worker", w -> true, Arbitraries.integers().between(0, WORKERS - 1), World::crash))
        .withAction(1, action("stale worker step", World::hasZombies, Arbitraries.integers().between(0, 99), World::zombieStep))
        .withAction(1, action("inject failures", w -> true, Arbitraries.of("0", "0.3", "1"), World::failures))
        .withAction(2, action("advance clock", w -> true, Arbitraries.integers().between(1, 90), World::advance))
        .withMaxTransformations(60);
  }

  /** What a job is created over: a non-empty set of tables, a group size, its switches and eta. */
  record NewJob(int tableMask, int groupSize, boolean schema, boolean data, boolean verification,
      int etaDay) {}

  private static Arbitrary<NewJob> createJob() {
    return Combinators.combine(Arbitraries.integers().between(1, 15), Arbitraries.integers().between(1, 3),
            Arbitraries.of(true, true, false), Arbitraries.of(true, true, false),
            Arbitraries.of(true, true, false), Arbitraries.integers().between(0, 3))
        .as(NewJob::new);
  }

  private static <P> Action<World> action(String name, Predicate<World> precondition,
      Arbitrary<P> parameter, BiConsumer<World, P> body) {
    return new Action.Independent<>() {
      @Override
      public boolean precondition(World world) {
        return precondition.test(world);
      }

      @Override
      public Arbitrary<Transformer<World>> transformer() {
        return parameter.map(p -> Transformer.mutate(name + " " + p, w -> body.accept(w, p)));
      }
    };
  }

  /** The store, its workers, and what the invariants remember from the previous check. */
  static final class World {
    private final SchedulerFixture fx = new SchedulerFixture(Map.of(ConfigItems.MOCK_DATABASES, "1",
        ConfigItems.MOCK_TABLES, "4", ConfigItems.MOCK_PARTITIONS, "3"));
    private final Scheduler scheduler = fx.scheduler(2);
    private final MetadataService metadata = new MetadataService(fx.store.dataSources(),
        fx.store.databases(), fx.store.tables(), fx.store.partitions(), fx.store.asyncTasks(),
        new CatalogReaders(List.of(new MockCatalogReader())),
        new AsyncRunner(fx.store.asyncTasks(), fx.store.ids(), fx.clock, Runnable::run),
        fx.store.ids(), fx.store.transactions(), fx.clock);
    private final List<Worker> workers = new ArrayList<>();
    private final List<Worker> zombies = new ArrayList<>();
    private final List<JobId> jobs = new ArrayList<>();
    private final Map<TaskId, List<TaskLog>> seenLogs = new HashMap<>();
    private final Map<TaskId, TaskStatus> seenStatus = new HashMap<>();
    private final Map<PartitionId, JobId> lastPlannedBy = new HashMap<>();
    private int generation;

    World() {
      for (int i = 0; i < WORKERS; i++) {
        workers.add(scheduler.newWorker("w" + i));
      }
    }

    boolean hasJobs() {
      return !jobs.isEmpty();
    }

    boolean hasZombies() {
      return !zombies.isEmpty();
    }

    void createJob(NewJob spec) {
      var eta = spec.etaDay() == 0 ? Optional.<Eta>empty()
          : Optional.of(new Eta(LocalDate.of(2025, 2, spec.etaDay())));
      var job = fx.job(SchedulerFixture.config(spec.schema(), spec.data(), spec.verification()), eta);
      jobs.add(job.id());
      var covered = fx.store.tasks().liveCoverage(job.dbId()).partitions().keySet();
      var tables = fx.store.tables().findByDatabase(job.dbId()).stream().filter(t -> !t.deleted()).toList();
      for (int t = 0; t < tables.size(); t++) {
        if ((spec.tableMask() & (1 << t)) == 0) {
          continue;
        }
        var table = tables.get(t);
        var free = fx.store.partitions().findByTable(table.id()).stream()
            .filter(p -> !p.deleted() && !covered.contains(p.id()))
            .toList();
        free.forEach(p -> lastPlannedBy.put(p.id(), job.id()));
        for (int from = 0; from < free.size(); from += spec.groupSize()) {
          fx.task(job, table, free.subList(from, Math.min(from + spec.groupSize(), free.size())));
        }
      }
    }

    /** The source now has {@code partitions} per table; a whole-source scan merges that in. */
    void scan(int partitions) {
      fx.configure(ConfigItems.MOCK_PARTITIONS, Integer.toString(partitions));
      var scan = metadata.createScan(new CreateScanCommand(fx.source().id().value(), Optional.empty(), List.of()));
      assertThat(scan.isRight()).as("scan accepted: %s", scan).isTrue();
      assertThat(fx.store.asyncTasks().findById(fx.source().id(), scan.get()).get().status())
          .isEqualTo(AsyncTaskStatus.DONE);
    }

    void stop(int index) {
      fx.stop(job(index));
    }

    void start(int index) {
      fx.start(job(index));
    }

    /** RetryMmsJob: every failed task of the job takes its retry transition, with a log row. */
    void retry(int index) {
      var now = fx.clock.instant();
      for (var task : fx.store.tasks().findByJob(job(index).id())) {
        if (task.status().failed()) {
          var saved = fx.store.tasks().update(task.retryByUser(now).get());
          saved.forEach(s -> {
            fx.store.taskLogs().append(new TaskLog(new TaskLogId(fx.store.ids().next(Sequence.TASK_LOG)),
                s.id(), s.sourceId(), s.status(), "retry", "by user", now));
            fx.rollUp.onTaskStatus(s, now);
          });
        }
      }
    }

    /** DeleteMmsJob: stop, then remove the job, its tasks and their logs. */
    void delete(int index) {
      var job = job(index);
      fx.stop(job);
      fx.store.tasks().deleteByJob(job.id());
      fx.store.taskLogs().deleteByJob(job.id());
      fx.store.jobs().delete(job.id());
      jobs.remove(job.id());
    }

    void step(int slot) {
      workers.get(slot).step();
    }

    /** The worker vanishes holding whatever it held; a fresh one takes its slot. */
    void crash(int slot) {
      zombies.add(workers.get(slot));
      workers.set(slot, scheduler.newWorker("w" + slot + "-" + ++generation));
    }

    /** A crashed worker wakes up and carries on as if nothing happened. */
    void zombieStep(int index) {
      zombies.get(index % zombies.size()).step();
    }

    void failures(String rate) {
      fx.configure(ConfigItems.MOCK_FAIL_RATE, rate);
    }

    void advance(int seconds) {
      fx.clock.advance(Duration.ofSeconds(seconds));
    }

    private Job job(int index) {
      var id = jobs.get(index % jobs.size());
      return fx.store.jobs().findById(fx.source().id(), id).get().job();
    }

    private List<Task> tasks() {
      return jobs.stream().flatMap(id -> fx.store.tasks().findByJob(id).stream()).toList();
    }

    void partitionsInOneLiveTask() {
      var owner = new HashMap<PartitionId, TaskId>();
      for (var task : tasks()) {
        if (!task.status().done()) {
          for (var p : task.partitions()) {
            var other = owner.put(p, task.id());
            assertThat(other).as("partition %s in live tasks %s and %s", p, other, task.id()).isNull();
          }
        }
      }
    }

    void jobStatusIsDerived() {
      for (var id : jobs) {
        var summary = fx.store.jobs().findById(fx.source().id(), id).get();
        var statuses = fx.store.tasks().findByJob(id).stream().map(Task::status).toList();
        assertThat(summary.status()).as("job %s over %s", id, statuses).isEqualTo(JobStatus.derive(statuses));
        assertThat(summary.tally()).isEqualTo(TaskTally.of(statuses));
        assertThat(summary.tally().done()).isLessThanOrEqualTo(summary.tally().total());
      }
    }

    void logsOnlyGrow() {
      for (var task : tasks()) {
        var logs = fx.logs(task);
        var before = seenLogs.getOrDefault(task.id(), List.of());
        assertThat(logs).as("logs of task %s", task.id()).hasSizeGreaterThanOrEqualTo(before.size());
        assertThat(logs.subList(0, before.size())).as("logs of task %s", task.id()).isEqualTo(before);
        seenLogs.put(task.id(), logs);
      }
    }

    void transitionsAreLegal() {
      for (var task : tasks()) {
        var before = seenStatus.getOrDefault(task.id(), TaskStatus.INIT);
        assertThat(before == task.status() || leadsTo(before, task.status()))
            .as("task %s moved %s -> %s", task.id(), before, task.status()).isTrue();
        seenStatus.put(task.id(), task.status());
        var previous = TaskStatus.INIT;
        for (var log : fx.logs(task)) {
          assertThat(previous == log.status() || leadsTo(previous, log.status()))
              .as("log of task %s moves %s -> %s", task.id(), previous, log.status()).isTrue();
          previous = log.status();
        }
      }
    }

    void catalogFollowsTasks() {
      for (var task : tasks()) {
        if (task.status() != TaskStatus.INIT && !task.status().done()) {
          for (var p : fx.store.partitions().findByIds(task.partitions())) {
            assertThat(p.status()).as("partition %s of task %s in %s", p.id(), task.id(), task.status())
                .isEqualTo(task.status().failed() ? MigrationStatus.FAILED : MigrationStatus.DOING);
          }
        }
      }
    }

    /** Failures stop, stopped jobs start, failed ones are retried, time passes: all finish. */
    void drain() {
      fx.configure(ConfigItems.MOCK_FAIL_RATE, "0");
      for (int round = 0; round < 20 && !allDone(); round++) {
        for (int i = 0; i < jobs.size(); i++) {
          start(i);
          retry(i);
        }
        fx.clock.advance(Duration.ofMinutes(10));
        workers.forEach(Worker::runUntilIdle);
      }
      for (var id : jobs) {
        var summary = fx.store.jobs().findById(fx.source().id(), id).get();
        assertThat(summary.status()).as("job %s after the drain: %s", id, summary.tally()).isEqualTo(JobStatus.DONE);
      }
      partitionsInOneLiveTask();
      // A deleted job's last attempt stays on the partitions it touched; the others are migrated.
      lastPlannedBy.forEach((partition, job) -> {
        if (jobs.contains(job)) {
          assertThat(fx.store.partitions().findByIds(List.of(partition))).extracting(Partition::status)
              .as("partition %s of job %s", partition, job).containsExactly(MigrationStatus.DONE);
        }
      });
    }

    private boolean allDone() {
      return jobs.stream().allMatch(id ->
          fx.store.jobs().findById(fx.source().id(), id).get().status() == JobStatus.DONE);
    }

    private static boolean leadsTo(TaskStatus from, TaskStatus to) {
      for (var event : TaskEvent.values()) {
        if (from.after(event).filter(to::equals).isPresent()) {
          return true;
        }
      }
      return false;
    }
  }
}
