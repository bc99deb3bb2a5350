package dev.mms.application.service;

import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.mock.MockMigrationEngine;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.DeleteJobUseCase.DeleteJobCommand;
import dev.mms.application.port.in.job.GetJobUseCase.GetJobQuery;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.job.RetryJobUseCase.RetryJobCommand;
import dev.mms.application.port.in.job.StartJobUseCase.StartJobCommand;
import dev.mms.application.port.in.job.StopJobUseCase.StopJobCommand;
import dev.mms.application.port.in.task.RetryTaskUseCase.RetryTaskCommand;
import dev.mms.application.service.rollup.CatalogRollUp;
import dev.mms.application.service.scheduler.Scheduler;
import dev.mms.application.service.scheduler.Worker;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.error.ValidationFailed;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskEvent;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskStatus;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
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
 * Random interleavings of what users and workers do, all through the inbound ports: create jobs
 * over random scopes (whole database with white and black lists, named tables, partition ids,
 * partition filters, increment on or off), rescan a MOCK source whose catalog grows, shrinks and
 * changes size, stop, start, retry and delete jobs, retry tasks, worker steps, workers that crash
 * holding a lease and come back stale, injected phase failures, and time passing.
 *
 * <p>Every call is accepted or refused as an independent model predicts (a refusal with the
 * error type it predicts), a created job covers exactly the partitions the model selects, and
 * after every action the invariants of product.md §3, §4, §5 and §8 hold. Once failures stop,
 * every job finishes.
 */
class MigrationStatefulTest {
  private static final int WORKERS = 3;
  private static final String DB = "mock_db_1";

  @Property(tries = 200)
  void every_interleaving_keeps_the_invariants_and_every_job_finishes_once_failures_stop(
      @ForAll("chains") ActionChain<World> chain) {
    chain
        .withInvariant("a partition or table is in at most one live task", World::oneLiveTaskEach)
        .withInvariant("job status is derived from its tasks", World::jobStatusIsDerived)
        .withInvariant("task logs only grow", World::logsOnlyGrow)
        .withInvariant("statuses move only along the transition table", World::transitionsAreLegal)
        .withInvariant("the catalog follows the live tasks", World::catalogFollowsTasks)
        .withInvariant("tables and databases roll up", World::catalogRollsUp)
        .run();

    chain.finalState().orElseThrow().drain();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    var index = Arbitraries.integers().between(0, 99);
    var slot = Arbitraries.integers().between(0, WORKERS - 1);
    return ActionChain.startWith(World::new)
        .withAction(3, action("create job", w -> true, jobSpecs(), World::createJob))
        .withAction(1, action("rescan", w -> true, rescans(), World::rescan))
        .withAction(1, action("stop job", World::hasJobs, index, World::stopJob))
        .withAction(1, action("start job", World::hasJobs, index, World::startJob))
        .withAction(1, action("retry job", World::hasJobs, index, World::retryJob))
        .withAction(1, action("retry task", World::hasTasks, index, World::retryTask))
        .withAction(1, action("delete job", World::hasJobs, index, World::deleteJob))
        .withAction(10, action("worker step", w -> true, slot, World::step))
        .withAction(1, action("crash worker", w -> true, slot, World::crash))
        .withAction(1, action("stale worker step", World::hasZombies, index, World::zombieStep))
        .withAction(1, action("inject failures", w -> true, Arbitraries.of("0", "0.3", "1"), World::failures))
        .withAction(2, action("advance clock", w -> true, Arbitraries.integers().between(1, 90), World::advance))
        .withMaxTransformations(70);
  }

  enum Scope { DATABASE, TABLES, PARTITIONS }

  /**
   * A job to ask for. Table masks pick tables of the chosen source by position; {@code
   * unknownTable} adds a name the source lacks; {@code picks} choose partition ids by position
   * among all the source's partitions ever seen (deleted ones too); {@code filters} map a table
   * position (3: a table the source lacks) to an entry of {@link #FILTERS}.
   */
  record JobSpec(boolean onParts, Scope scope, int mask, int blackMask, boolean unknownTable,
      List<Integer> picks, boolean bogusPartition, Map<Integer, Integer> filters, Switches switches) {}

  record Switches(boolean increment, boolean schema, boolean data, boolean verification, int etaDay) {}

  /** A partition filter and which {@code hr} values it selects; no selector means it is refused. */
  record Filter(String text, Optional<IntPredicate> selects) {
    @Override
    public String toString() {
      return text;
    }
  }

  static final List<Filter> FILTERS = List.of(
      new Filter("hr <= 1", Optional.of(hr -> hr <= 1)),
      new Filter("HR in (0, 2)", Optional.of(hr -> hr == 0 || hr == 2)),
      new Filter("hr > 9", Optional.of(hr -> false)),
      new Filter("ds = '2024-01-01' and not hr = 1", Optional.of(hr -> hr != 1)),
      new Filter("hr <=", Optional.empty()),
      new Filter("region = 'eu'", Optional.empty()),
      new Filter("hr = 'x'", Optional.empty()));

  private static Arbitrary<JobSpec> jobSpecs() {
    var switches = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, true, false),
            Arbitraries.of(true, true, false), Arbitraries.of(true, true, false), Arbitraries.integers().between(0, 3))
        .as(Switches::new);
    var filters = Arbitraries.maps(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, FILTERS.size() - 1)).ofMaxSize(2);
    var picks = Arbitraries.integers().between(0, 99).list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(Arbitraries.of(true, true, false), Arbitraries.of(Scope.class),
            Arbitraries.integers().between(1, 7), Arbitraries.integers().between(0, 7),
            Arbitraries.of(false, false, false, true), picks, Arbitraries.of(false, false, false, true),
            filters)
        .flatAs((onParts, scope, mask, black, unknown, p, bogus, f) -> switches.map(s ->
            new JobSpec(onParts, scope, mask, black, unknown, p, bogus, f, s)));
  }

  /** A rescan of the partitioned source with this many partitions per table and bytes each, or of the flat one with these rows. */
  record Rescan(boolean parts, int partitions, long partitionSize, long rows) {}

  private static Arbitrary<Rescan> rescans() {
    return Combinators.combine(Arbitraries.of(true, true, false), Arbitraries.integers().between(1, 4),
            Arbitraries.of(1L << 20, 2L << 30, 3L << 30), Arbitraries.of(1000L, 2000L))
        .as(Rescan::new);
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

  /** The services on one store, the workers, and what the model and the invariants remember. */
  static final class World {
    /** The statuses a worker leaves at once, in the same write that entered them. */
    private static final Set<TaskStatus> BOOKKEEPING =
        Set.of(TaskStatus.SCHEMA_DONE, TaskStatus.DATA_DONE, TaskStatus.VERIFICATION_DONE);
    private final Fixture f = new Fixture();
    private final Scheduler scheduler = f.scheduler(2, new MockMigrationEngine());
    /** Three tables partitioned by (ds, hr), 1 to 4 partitions each. */
    private final SourceId parts;
    /** Two tables without partitions. */
    private final SourceId flat;
    private final List<Worker> workers = new ArrayList<>();
    private final List<Worker> zombies = new ArrayList<>();
    private final List<JobId> jobs = new ArrayList<>();
    private final Map<JobId, SourceId> sourceOf = new HashMap<>();
    private final Set<JobId> deleted = new HashSet<>();
    private final List<Task> everyTask = new ArrayList<>();
    private final Map<TaskId, List<TaskLog>> seenLogs = new HashMap<>();
    private final Map<TaskId, TaskStatus> seenStatus = new HashMap<>();
    private final Map<PartitionId, JobId> lastPlannedBy = new HashMap<>();
    private final Map<TableId, JobId> lastPlannedTableBy = new HashMap<>();
    private int generation;

    World() {
      parts = source("parts", Map.of(ConfigItems.MOCK_TABLES, "3", ConfigItems.MOCK_PARTITIONS, "3"));
      flat = source("flat", Map.of(ConfigItems.MOCK_TABLES, "2", ConfigItems.MOCK_PARTITIONS, "0"));
      for (int i = 0; i < WORKERS; i++) {
        workers.add(scheduler.newWorker("w" + i));
      }
    }

    private SourceId source(String name, Map<String, String> settings) {
      var config = new LinkedHashMap<String, ConfigValue>();
      config.put(ConfigItems.MOCK_DATABASES, ConfigValue.text("1"));
      settings.forEach((k, v) -> config.put(k, ConfigValue.text(v)));
      var id = right(f.dataSources.createDataSource(new CreateDataSourceCommand(name, "MOCK", config,
          Optional.empty(), Optional.empty())));
      f.scanAll(id);
      return id;
    }

    boolean hasJobs() {
      return !jobs.isEmpty();
    }

    boolean hasTasks() {
      return !everyTask.isEmpty();
    }

    boolean hasZombies() {
      return !zombies.isEmpty();
    }

    // ---- users, through the inbound ports ----

    void createJob(JobSpec spec) {
      var source = spec.onParts() ? parts : flat;
      var tables = tables(source);
      var config = config(spec, tables);
      var expected = predict(spec, source, tables, config);
      var command = new CreateJobCommand(source.value(), "job_" + (jobs.size() + 1), DB,
          Optional.empty(), Optional.empty(), Optional.empty(),
          spec.switches().etaDay() == 0 ? Optional.empty() : Optional.of("2025-04-0" + spec.switches().etaDay()),
          config);

      var result = f.jobs.createJob(command);

      if (expected.isLeft()) {
        assertRefused(result, expected.getLeft());
        return;
      }
      assertThat(result.isRight()).as("job accepted: %s", result).isTrue();
      var async = f.store.asyncTasks().findById(source, result.get()).get();
      assertThat(async.status()).as("job creation %s", async).isEqualTo(AsyncTaskStatus.DONE);
      var jobId = new JobId(async.objectId().getAsLong());
      jobs.add(jobId);
      sourceOf.put(jobId, source);
      var created = f.store.tasks().findByJob(jobId);
      everyTask.addAll(created);
      var coveredPartitions = created.stream().flatMap(t -> t.partitions().stream()).toList();
      var coveredTables = created.stream().filter(t -> t.partitions().isEmpty()).map(Task::tableId).toList();
      assertThat(coveredPartitions).as("partitions of the new job").doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(expected.get().partitions());
      assertThat(coveredTables).as("whole tables of the new job").doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(expected.get().tables());
      coveredPartitions.forEach(p -> lastPlannedBy.put(p, jobId));
      coveredTables.forEach(t -> lastPlannedTableBy.put(t, jobId));
    }

    /** The source's mock settings change (UpdateMmsDataSource), then a whole-source scan merges them in. */
    void rescan(Rescan rescan) {
      var source = rescan.parts() ? parts : flat;
      var changes = rescan.parts()
          ? Map.of(ConfigItems.MOCK_PARTITIONS, ConfigValue.text(Integer.toString(rescan.partitions())),
              ConfigItems.MOCK_SIZE, ConfigValue.text(Long.toString(rescan.partitionSize())))
          : Map.of(ConfigItems.MOCK_ROWS, ConfigValue.text(Long.toString(rescan.rows())));
      right(f.dataSources.updateDataSource(new UpdateDataSourceCommand(source.value(), "UPDATE_CONFIG",
          Optional.empty(), changes, false)));
      f.scanAll(source);
    }

    void stopJob(int index) {
      var job = pick(index);
      var result = f.jobs.stopJob(new StopJobCommand(sourceOf.get(job).value(), job.value()));
      if (refusedAsDeleted(job, result)) {
        return;
      }
      assertThat(f.store.jobs().findById(sourceOf.get(job), job).get().job().stopped()).isTrue();
      assertThat(f.store.tasks().findByJob(job)).allSatisfy(t -> {
        assertThat(t.stopped()).isTrue();
        assertThat(t.running()).isFalse();
      });
    }

    void startJob(int index) {
      var job = pick(index);
      var result = f.jobs.startJob(new StartJobCommand(sourceOf.get(job).value(), job.value()));
      if (refusedAsDeleted(job, result)) {
        return;
      }
      assertThat(f.store.jobs().findById(sourceOf.get(job), job).get().job().stopped()).isFalse();
      assertThat(f.store.tasks().findByJob(job)).noneMatch(Task::stopped);
    }

    void retryJob(int index) {
      var job = pick(index);
      var before = f.store.tasks().findByJob(job);
      var result = f.jobs.retryJob(new RetryJobCommand(sourceOf.get(job).value(), job.value()));
      if (refusedAsDeleted(job, result)) {
        return;
      }
      var after = f.store.tasks().findByJob(job);
      for (int i = 0; i < before.size(); i++) {
        var was = before.get(i).status();
        assertThat(after.get(i).status()).as("task %s after a job retry", before.get(i).id())
            .isEqualTo(was.failed() ? was.after(TaskEvent.RETRY).orElseThrow() : was);
      }
    }

    void retryTask(int index) {
      var task = everyTask.get(index % everyTask.size());
      var stored = f.store.tasks().findById(task.sourceId(), task.id());

      var result = f.tasks.retryTask(new RetryTaskCommand(task.sourceId().value(), task.id().value()));

      if (stored.isEmpty()) {
        assertRefused(result, List.of(NotFound.class));
      } else if (!stored.get().status().failed()) {
        assertRefused(result, List.of(IllegalTransition.class));
      } else {
        assertThat(result.isRight()).as("retry of failed task %s: %s", task.id(), result).isTrue();
        assertThat(f.store.tasks().findById(task.sourceId(), task.id()).get().status())
            .isEqualTo(stored.get().status().after(TaskEvent.RETRY).orElseThrow());
      }
    }

    void deleteJob(int index) {
      var job = pick(index);
      var tasks = f.store.tasks().findByJob(job);
      var result = f.jobs.deleteJob(new DeleteJobCommand(sourceOf.get(job).value(), job.value()));
      if (refusedAsDeleted(job, result)) {
        return;
      }
      deleted.add(job);
      assertRefused(f.jobs.getJob(new GetJobQuery(sourceOf.get(job).value(), job.value())), List.of(NotFound.class));
      assertThat(f.store.tasks().findByJob(job)).isEmpty();
      tasks.forEach(t -> assertThat(f.store.taskLogs().findByTask(t.id())).as("logs of deleted task %s", t.id()).isEmpty());
    }

    // ---- workers and the world ----

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
      for (var source : List.of(parts, flat)) {
        right(f.dataSources.updateDataSource(new UpdateDataSourceCommand(source.value(), "UPDATE_CONFIG",
            Optional.empty(), Map.of(ConfigItems.MOCK_FAIL_RATE, ConfigValue.text(rate)), false)));
      }
    }

    void advance(int seconds) {
      f.clock.advance(Duration.ofSeconds(seconds));
    }

    // ---- the model ----

    /** What a job covers: partitions, and tables without partitions. */
    record Coverage(Set<PartitionId> partitions, Set<TableId> tables) {}

    private JobConfigInput config(JobSpec spec, List<Table> tables) {
      var named = names(spec.mask(), spec.unknownTable(), tables);
      var filters = new LinkedHashMap<String, String>();
      spec.filters().forEach((t, choice) -> filters.put(t < tables.size() ? tables.get(t).name().value() : "mock_table_9",
          FILTERS.get(choice).text()));
      var s = spec.switches();
      var ids = partitionIds(spec);
      return new JobConfigInput(
          spec.scope() == Scope.TABLES ? named : List.of(),
          spec.scope() == Scope.PARTITIONS ? ids : List.of(),
          spec.scope() == Scope.DATABASE ? named : List.of(),
          spec.scope() == Scope.DATABASE ? names(spec.blackMask(), false, tables) : List.of(),
          filters, Map.of(), Map.of(), Optional.of(s.increment()), Optional.of(s.verification()),
          Optional.of(s.schema()), Optional.of(s.data()), Optional.empty(), Optional.empty(), Map.of());
    }

    /** Ids picked among every partition of the partitioned source, deleted ones too, and maybe one that never existed. */
    private List<Long> partitionIds(JobSpec spec) {
      var all = f.store.partitions().findByDatabase(database(parts).id()).stream()
          .map(Partition::id).sorted().toList();
      var ids = new ArrayList<Long>();
      spec.picks().forEach(i -> ids.add(all.get(i % all.size()).value()));
      if (spec.bogusPartition()) {
        ids.add(999_999L);
      }
      return ids.stream().distinct().toList();
    }

    /**
     * The model of CreateMmsJob (product.md §7): the leaf error types of a refusal, or what the
     * job covers.
     */
    private Either<List<Class<?>>, Coverage> predict(JobSpec spec, SourceId source, List<Table> tables,
        JobConfigInput config) {
      var errors = new ArrayList<Class<?>>();
      var byName = new HashMap<String, Table>();
      tables.forEach(t -> byName.put(t.name().value(), t));
      List<Table> inScope;
      var offered = new HashMap<TableId, List<Partition>>();
      var livePartitions = f.store.partitions().findByDatabase(database(source).id()).stream()
          .filter(p -> !p.deleted()).toList();
      // As in MMS, the lists given decide the scope: a Tables job naming no table of this source is a Database job.
      var scope = !config.partitions().isEmpty() ? Scope.PARTITIONS
          : !config.tables().isEmpty() ? Scope.TABLES : Scope.DATABASE;
      switch (scope) {
        case DATABASE -> {
          var black = Set.copyOf(config.tableBlackList());
          var white = Set.copyOf(config.tableWhiteList());
          inScope = tables.stream()
              .filter(t -> black.isEmpty() ? white.isEmpty() || white.contains(t.name().value())
                  : !black.contains(t.name().value()))
              .toList();
          livePartitions.forEach(p -> offered.computeIfAbsent(p.tableId(), k -> new ArrayList<>()).add(p));
        }
        case TABLES -> {
          if (config.tables().stream().anyMatch(n -> !byName.containsKey(n))) {
            errors.add(InvalidValue.class);
          }
          inScope = tables.stream().filter(t -> config.tables().contains(t.name().value())).toList();
          livePartitions.forEach(p -> offered.computeIfAbsent(p.tableId(), k -> new ArrayList<>()).add(p));
        }
        default -> {
          var wanted = Set.copyOf(config.partitions());
          var found = livePartitions.stream().filter(p -> wanted.contains(p.id().value())).toList();
          if (found.size() != wanted.size()) {
            errors.add(InvalidValue.class);
          }
          found.forEach(p -> offered.computeIfAbsent(p.tableId(), k -> new ArrayList<>()).add(p));
          inScope = tables.stream().filter(t -> offered.containsKey(t.id())).toList();
        }
      }
      var filters = new HashMap<TableId, IntPredicate>();
      if (scope != Scope.PARTITIONS) {
        config.partitionFilters().forEach((name, text) -> {
          var table = inScope.stream().filter(t -> t.name().value().equals(name)).findFirst();
          var filter = FILTERS.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
          if (table.isEmpty()) {
            errors.add(InvalidValue.class);
          } else if (filter.selects().isEmpty() || !table.get().partitioned()) {
            errors.add(InvalidPartitionFilter.class);
          } else {
            filters.put(table.get().id(), filter.selects().get());
          }
        });
      }
      if (!errors.isEmpty()) {
        return Either.left(errors);
      }
      var live = liveCoverage();
      var increment = spec.switches().increment();
      var partitions = new HashSet<PartitionId>();
      var wholeTables = new HashSet<TableId>();
      for (var table : inScope) {
        if (!table.partitioned()) {
          if (!live.tables().contains(table.id()) && !(increment && migrated(table.status(), table.updated()))) {
            wholeTables.add(table.id());
          }
          continue;
        }
        for (var p : offered.getOrDefault(table.id(), List.of())) {
          var filter = filters.get(table.id());
          int hr = Integer.parseInt(p.value().value("hr").orElseThrow());
          if ((filter == null || filter.test(hr)) && !live.partitions().contains(p.id())
              && !(increment && migrated(p.status(), p.updated()))) {
            partitions.add(p.id());
          }
        }
      }
      return Either.right(new Coverage(partitions, wholeTables));
    }

    private static boolean migrated(MigrationStatus status, boolean updated) {
      return status == MigrationStatus.DONE && !updated;
    }

    private static List<String> names(int mask, boolean unknown, List<Table> tables) {
      var names = new ArrayList<String>();
      for (int i = 0; i < tables.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          names.add(tables.get(i).name().value());
        }
      }
      if (unknown) {
        names.add("mock_table_9");
      }
      return names;
    }

    private void assertRefused(Either<DomainError, ?> result, List<? extends Class<?>> expected) {
      assertThat(result.isLeft()).as("refused with %s, got %s", expected, result).isTrue();
      // Kinds, not counts: a filter naming two columns a table lacks is two problems of one kind.
      assertThat(leaves(result.getLeft()).stream().map(e -> e.getClass().getSimpleName()).distinct().sorted().toList())
          .as("errors of %s", result.getLeft().message())
          .isEqualTo(expected.stream().map(Class::getSimpleName).distinct().sorted().toList());
    }

    private static List<DomainError> leaves(DomainError error) {
      return error instanceof ValidationFailed v
          ? v.problems().stream().flatMap(p -> leaves(p).stream()).toList()
          : List.of(error);
    }

    /** The job or, after a delete, the refusal the model predicts for it. */
    private boolean refusedAsDeleted(JobId job, Either<DomainError, JobId> result) {
      if (deleted.contains(job)) {
        assertRefused(result, List.of(NotFound.class));
        return true;
      }
      assertThat(result.isRight()).as("accepted for job %s: %s", job, result).isTrue();
      return false;
    }

    private JobId pick(int index) {
      return jobs.get(index % jobs.size());
    }

    private List<JobId> liveJobs() {
      return jobs.stream().filter(j -> !deleted.contains(j)).toList();
    }

    private List<Task> tasks() {
      return liveJobs().stream().flatMap(id -> f.store.tasks().findByJob(id).stream()).toList();
    }

    private Coverage liveCoverage() {
      var partitions = new HashSet<PartitionId>();
      var tables = new HashSet<TableId>();
      for (var task : tasks()) {
        if (!task.status().done()) {
          partitions.addAll(task.partitions());
          if (task.partitions().isEmpty()) {
            tables.add(task.tableId());
          }
        }
      }
      return new Coverage(partitions, tables);
    }

    private Database database(SourceId source) {
      return f.store.databases().findByName(source, new DatabaseName(DB)).get();
    }

    private List<Table> tables(SourceId source) {
      return f.store.tables().findByDatabase(database(source).id()).stream()
          .filter(t -> !t.deleted())
          .sorted(Comparator.comparing(t -> t.name().value()))
          .toList();
    }

    // ---- invariants ----

    void oneLiveTaskEach() {
      var owner = new HashMap<Object, TaskId>();
      for (var task : tasks()) {
        if (!task.status().done()) {
          var covered = task.partitions().isEmpty() ? List.<Object>of(task.tableId()) : List.<Object>copyOf(task.partitions());
          for (var c : covered) {
            var other = owner.put(c, task.id());
            assertThat(other).as("%s in live tasks %s and %s", c, other, task.id()).isNull();
          }
        }
      }
    }

    void jobStatusIsDerived() {
      for (var id : liveJobs()) {
        var summary = right(f.jobs.getJob(new GetJobQuery(sourceOf.get(id).value(), id.value())));
        var statuses = f.store.tasks().findByJob(id).stream().map(Task::status).toList();
        assertThat(summary.status()).as("job %s over %s", id, statuses).isEqualTo(JobStatus.derive(statuses));
        assertThat(summary.tally()).isEqualTo(TaskTally.of(statuses));
        assertThat(summary.tally().done()).isLessThanOrEqualTo(summary.tally().total());
      }
    }

    void logsOnlyGrow() {
      for (var task : tasks()) {
        var logs = f.store.taskLogs().findByTask(task.id());
        var before = seenLogs.getOrDefault(task.id(), List.of());
        assertThat(logs).as("logs of task %s", task.id()).hasSizeGreaterThanOrEqualTo(before.size());
        assertThat(logs.subList(0, before.size())).as("logs of task %s", task.id()).isEqualTo(before);
        seenLogs.put(task.id(), logs);
      }
    }

    void transitionsAreLegal() {
      for (var task : tasks()) {
        var before = seenStatus.getOrDefault(task.id(), TaskStatus.INIT);
        assertThat(before == task.status() || movesTo(before, task.status()))
            .as("task %s moved %s -> %s", task.id(), before, task.status()).isTrue();
        seenStatus.put(task.id(), task.status());
        var previous = TaskStatus.INIT;
        for (var log : f.store.taskLogs().findByTask(task.id())) {
          assertThat(previous == log.status() || leadsTo(previous, log.status()))
              .as("log of task %s moves %s -> %s", task.id(), previous, log.status()).isTrue();
          previous = log.status();
        }
      }
    }

    /**
     * A partition (or a table without partitions) is DOING or FAILED exactly while a started,
     * unfinished task covers it, with that task's status; otherwise it is INIT or DONE.
     */
    void catalogFollowsTasks() {
      var started = new HashMap<Object, Task>();
      for (var task : tasks()) {
        if (task.status() != TaskStatus.INIT && !task.status().done()) {
          if (task.partitions().isEmpty()) {
            started.put(task.tableId(), task);
          } else {
            task.partitions().forEach(p -> started.put(p, task));
          }
        }
      }
      for (var p : f.store.partitions().findByDatabase(database(parts).id())) {
        expectStatus("partition " + p.value().render(), p.status(), Optional.ofNullable(started.get(p.id())));
      }
      for (var t : tables(flat)) {
        expectStatus("table " + t.name(), t.status(), Optional.ofNullable(started.get(t.id())));
      }
    }

    private static void expectStatus(String what, MigrationStatus actual, Optional<Task> task) {
      if (task.isPresent()) {
        assertThat(actual).as("%s of task %s in %s", what, task.get().id(), task.get().status())
            .isEqualTo(CatalogRollUp.statusOf(task.get().status()));
      } else {
        assertThat(actual).as("%s, covered by no started task", what).isIn(MigrationStatus.INIT, MigrationStatus.DONE);
      }
    }

    void catalogRollsUp() {
      for (var source : List.of(parts, flat)) {
        var db = database(source);
        for (var table : tables(source)) {
          if (table.partitioned()) {
            assertThat(table.status()).as("table %s", table.name())
                .isEqualTo(f.store.partitions().countsByTable(List.of(table.id()))
                    .getOrDefault(table.id(), StatusCounts.NONE).rollUp());
          }
        }
        assertThat(db.status()).as("database of %s", source)
            .isEqualTo(f.store.tables().countsByDatabase(List.of(db.id()))
                .getOrDefault(db.id(), StatusCounts.NONE).rollUp());
      }
    }

    /** Failures stop, stopped jobs start, failed ones are retried, time passes: all finish. */
    void drain() {
      failures("0");
      for (int round = 0; round < 20 && !allDone(); round++) {
        for (var job : liveJobs()) {
          var source = sourceOf.get(job).value();
          right(f.jobs.startJob(new StartJobCommand(source, job.value())));
          right(f.jobs.retryJob(new RetryJobCommand(source, job.value())));
        }
        f.clock.advance(Duration.ofMinutes(10));
        workers.forEach(Worker::runUntilIdle);
      }
      for (var job : liveJobs()) {
        var summary = right(f.jobs.getJob(new GetJobQuery(sourceOf.get(job).value(), job.value())));
        assertThat(summary.status()).as("job %s after the drain: %s", job, summary.tally()).isEqualTo(JobStatus.DONE);
      }
      oneLiveTaskEach();
      catalogFollowsTasks();
      catalogRollsUp();
      var partitions = f.store.partitions();
      lastPlannedBy.forEach((partition, job) -> {
        if (!deleted.contains(job)) {
          assertThat(partitions.findByIds(List.of(partition))).extracting(Partition::status)
              .as("partition %s of job %s", partition, job).containsExactly(MigrationStatus.DONE);
        }
      });
      lastPlannedTableBy.forEach((table, job) -> {
        if (!deleted.contains(job)) {
          assertThat(f.store.tables().findById(flat, table).get().status())
              .as("table %s of job %s", table, job).isEqualTo(MigrationStatus.DONE);
        }
      });
    }

    private boolean allDone() {
      return liveJobs().stream().allMatch(id ->
          f.store.jobs().findById(sourceOf.get(id), id).get().status() == JobStatus.DONE);
    }

    /**
     * What one worker step may do between two observations: one transition, or a phase's end
     * followed by the bookkeeping transitions stored with it (each still logged on its own).
     */
    private static boolean movesTo(TaskStatus from, TaskStatus to) {
      if (leadsTo(from, to)) {
        return true;
      }
      for (var event : TaskEvent.values()) {
        var between = from.after(event).filter(s -> s != from && BOOKKEEPING.contains(s));
        if (between.isPresent() && movesTo(between.get(), to)) {
          return true;
        }
      }
      return false;
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
