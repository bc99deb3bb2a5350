package dev.mms.domain.plan;

import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.ValidationFailed;
import dev.mms.domain.filter.CheckedFilter;
import dev.mms.domain.filter.FilterOutcome;
import dev.mms.domain.filter.PartitionFilter;
import dev.mms.domain.job.JobScope;
import dev.mms.domain.name.TableName;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a job config and a catalog snapshot into a {@link Plan} (product §7). Pure and
 * deterministic: the order of the input lists does not change the plan, and every config problem
 * is reported at once.
 */
public final class Planner {
  private static final String IN_LIVE_TASK = "in live task ";
  private static final String ALREADY_DONE = "already migrated (DONE) and not updated since";

  private static final Comparator<Partition> BY_VALUE =
      Comparator.comparing(Partition::value, PartitionSpec.ENTRY_ORDER)
          .thenComparing(Partition::id);
  /** Unknown sizes sort after every known size, zero included. */
  private static final Comparator<Partition> LARGEST_FIRST =
      Comparator.comparingLong((Partition p) -> p.size().orElse(-1)).reversed()
          .thenComparing(BY_VALUE);

  private final PlanRequest request;
  private final List<Table> catalog;
  private final Map<TableId, List<Partition>> partitionsByTable;
  private final List<DomainError> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<PlannedTask> tasks = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  private Planner(PlanRequest request) {
    this.request = request;
    var dbId = request.database().id();
    this.catalog = request.tables().stream()
        .filter(t -> !t.deleted() && t.dbId().equals(dbId))
        .sorted(Comparator.comparing(Table::name).thenComparing(Table::id))
        .toList();
    var liveTableIds = catalog.stream().map(Table::id).collect(Collectors.toSet());
    this.partitionsByTable = new HashMap<>();
    for (var p : request.partitions()) {
      if (!p.deleted() && liveTableIds.contains(p.tableId())) {
        partitionsByTable.computeIfAbsent(p.tableId(), id -> new ArrayList<>()).add(p);
      }
    }
  }

  public static Either<DomainError, Plan> plan(PlanRequest request) {
    return new Planner(request).run();
  }

  /** The tables in scope and, per table, the partitions the scope offers. */
  private record Scope(List<Table> tables, Map<TableId, List<Partition>> partitions) {}

  private Either<DomainError, Plan> run() {
    var scope = scope();
    var filters = filters(scope);
    var destinations = destinations(scope);
    if (!errors.isEmpty()) {
      return Either.left(ValidationFailed.of(errors));
    }
    for (var table : scope.tables()) {
      var dst = destinations.get(table.id());
      if (table.partitioned()) {
        planPartitions(table, dst, scope.partitions().getOrDefault(table.id(), List.of()),
            Optional.ofNullable(filters.get(table.id())));
      } else {
        planWholeTable(table, dst);
      }
    }
    var selected = new LinkedHashSet<Table>();
    tasks.forEach(t -> selected.add(t.table()));
    return Either.right(new Plan(List.copyOf(selected), tasks, skipped, Plan.Totals.of(tasks),
        warnings));
  }

  private Scope scope() {
    return switch (request.config().scope()) {
      case Database -> databaseScope();
      case Tables -> tablesScope();
      case Partitions -> partitionsScope();
    };
  }

  private Scope databaseScope() {
    var config = request.config();
    var black = Set.copyOf(config.tableBlackList());
    var white = Set.copyOf(config.tableWhiteList());
    List<Table> tables;
    if (!black.isEmpty()) {
      if (!white.isEmpty()) {
        warnings.add("tableWhiteList is ignored because tableBlackList is also given");
      }
      warnUnknown("tableBlackList", black);
      tables = catalog.stream().filter(t -> !black.contains(t.name())).toList();
    } else if (!white.isEmpty()) {
      warnUnknown("tableWhiteList", white);
      tables = catalog.stream().filter(t -> white.contains(t.name())).toList();
    } else {
      tables = catalog;
    }
    return new Scope(tables, partitionsByTable);
  }

  private Scope tablesScope() {
    var wanted = Set.copyOf(request.config().tables());
    var unknown = unknownNames(wanted);
    if (!unknown.isEmpty()) {
      errors.add(new InvalidValue("tables",
          "not tables of database " + request.database().name() + ": " + unknown));
    }
    return new Scope(catalog.stream().filter(t -> wanted.contains(t.name())).toList(),
        partitionsByTable);
  }

  private Scope partitionsScope() {
    var wanted = new LinkedHashSet<>(request.config().partitions());
    var byTable = new HashMap<TableId, List<Partition>>();
    var found = new HashSet<PartitionId>();
    for (var list : partitionsByTable.values()) {
      for (var p : list) {
        if (wanted.contains(p.id())) {
          found.add(p.id());
          byTable.computeIfAbsent(p.tableId(), id -> new ArrayList<>()).add(p);
        }
      }
    }
    var missing = wanted.stream().filter(id -> !found.contains(id)).sorted()
        .map(PartitionId::toString).collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      errors.add(new InvalidValue("partitions",
          "not partitions of database " + request.database().name() + ": " + missing));
    }
    if (!request.config().partitionFilters().isEmpty()) {
      warnings.add("partitionFilters are ignored when the job lists partitions");
    }
    return new Scope(catalog.stream().filter(t -> byTable.containsKey(t.id())).toList(), byTable);
  }

  private Map<TableId, CheckedFilter> filters(Scope scope) {
    var filters = new HashMap<TableId, CheckedFilter>();
    if (request.config().scope() == JobScope.Partitions) {
      return filters;
    }
    var inScope = scope.tables().stream().collect(Collectors.toMap(Table::name, t -> t, (a, b) -> a));
    new TreeMap<>(request.config().partitionFilters()).forEach((name, text) -> {
      Optional.ofNullable(inScope.get(name)).ifPresentOrElse(
          table -> PartitionFilter.parseAndCheck(table, text)
              .peek(f -> filters.put(table.id(), f))
              .peekLeft(errors::add),
          () -> errors.add(new InvalidValue("partitionFilters",
              "table " + name + " has a filter but is not in the job's scope")));
    });
    return filters;
  }

  /** Destination names; MaxCompute names ignore case, so two sources differing only in case clash. */
  private Map<TableId, String> destinations(Scope scope) {
    var mapping = request.config().tableMapping();
    var destinations = new HashMap<TableId, String>();
    var sourcesByDestination = new TreeMap<String, List<Table>>();
    for (var table : scope.tables()) {
      var dst = Optional.ofNullable(mapping.get(table.name())).map(TableName::value)
          .orElseGet(table::effectiveDstName);
      destinations.put(table.id(), dst);
      sourcesByDestination.computeIfAbsent(dst.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(table);
    }
    sourcesByDestination.forEach((dst, sources) -> {
      if (sources.size() > 1) {
        errors.add(new InvalidValue("tableMapping", "tables "
            + sources.stream().map(t -> t.name().value()).collect(Collectors.joining(", "))
            + " would all be written to destination table " + destinations.get(sources.get(0).id())));
      }
    });
    return destinations;
  }

  private void planWholeTable(Table table, String dst) {
    var liveTask = Optional.ofNullable(request.liveTables().get(table.id()));
    if (liveTask.isPresent()) {
      skip(table, Optional.empty(), IN_LIVE_TASK + liveTask.get());
    } else if (request.config().increment() && isDone(table.status(), table.updated())) {
      skip(table, Optional.empty(), ALREADY_DONE);
    } else {
      tasks.add(new PlannedTask(table, dst, List.of(), table.size(), table.numRows(),
          table.size() > request.limits().maxBytes()));
    }
  }

  private void planPartitions(
      Table table, String dst, List<Partition> offered, Optional<CheckedFilter> filter) {
    if (offered.isEmpty()) {
      skip(table, Optional.empty(), "has no partitions");
      return;
    }
    // Testing before sorting sorts only the partitions the filter keeps: an outcome does not
    // depend on the order of the tests, and a partition the filter rejects leaves no trace.
    var candidates = new ArrayList<Tested>();
    for (var p : offered) {
      var outcome = filter.isPresent() ? filter.get().test(p.value()) : FilterOutcome.MATCH;
      if (outcome.matches() || outcome.unreadableReason().isPresent()) {
        candidates.add(new Tested(p, outcome));
      }
    }
    candidates.sort(Comparator.comparing(Tested::partition, BY_VALUE));
    var chosen = new ArrayList<Partition>();
    int matched = 0;
    for (var candidate : candidates) {
      var p = candidate.partition();
      var unreadable = candidate.outcome().unreadableReason();
      if (unreadable.isPresent()) {
        skip(table, Optional.of(p.value()),
            "the partition filter cannot read it: " + unreadable.get());
        continue;
      }
      matched++;
      var liveTask = Optional.ofNullable(request.livePartitions().get(p.id()));
      if (liveTask.isPresent()) {
        skip(table, Optional.of(p.value()), IN_LIVE_TASK + liveTask.get());
      } else if (request.config().increment() && isDone(p.status(), p.updated())) {
        skip(table, Optional.of(p.value()), ALREADY_DONE);
      } else {
        chosen.add(p);
      }
    }
    if (matched == 0 && filter.isPresent()) {
      skip(table, Optional.empty(),
          "the partition filter " + filter.get().filter().render() + " selects no partition");
    }
    chosen.sort(LARGEST_FIRST);
    for (var group : Packing.firstFitDecreasing(chosen, request.limits())) {
      tasks.add(new PlannedTask(table, dst, group.partitions(), group.bytes(), group.rows(),
          group.oversize()));
    }
  }

  /** A partition offered for planning and what the table's filter says of it. */
  private record Tested(Partition partition, FilterOutcome outcome) {}

  private static boolean isDone(MigrationStatus status, boolean updated) {
    return status == MigrationStatus.DONE && !updated;
  }

  private void skip(Table table, Optional<PartitionSpec> partition, String reason) {
    skipped.add(new Skipped(table.name(), partition, reason));
  }

  private void warnUnknown(String list, Set<TableName> names) {
    var unknown = unknownNames(names);
    if (!unknown.isEmpty()) {
      warnings.add(list + " names tables that are not in database " + request.database().name()
          + ": " + unknown);
    }
  }

  private String unknownNames(Set<TableName> names) {
    var known = catalog.stream().map(Table::name).collect(Collectors.toSet());
    return names.stream().filter(n -> !known.contains(n)).sorted().map(TableName::value)
        .collect(Collectors.joining(", "));
  }
}
