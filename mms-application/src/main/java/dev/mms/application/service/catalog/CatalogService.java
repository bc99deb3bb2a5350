package dev.mms.application.service.catalog;

import dev.mms.application.port.in.catalog.DatabaseView;
import dev.mms.application.port.in.catalog.GetDatabaseUseCase;
import dev.mms.application.port.in.catalog.GetPartitionUseCase;
import dev.mms.application.port.in.catalog.GetTableUseCase;
import dev.mms.application.port.in.catalog.ListDatabasesUseCase;
import dev.mms.application.port.in.catalog.ListPartitionsUseCase;
import dev.mms.application.port.in.catalog.ListTablesUseCase;
import dev.mms.application.port.in.catalog.PartitionView;
import dev.mms.application.port.in.catalog.TableView;
import dev.mms.application.port.in.catalog.UpdateDatabaseUseCase;
import dev.mms.application.port.in.catalog.UpdateTableUseCase;
import dev.mms.application.port.in.catalog.UpdateTablesUseCase;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.application.port.query.DatabaseQuery;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PartitionQuery;
import dev.mms.application.port.query.TableQuery;
import dev.mms.application.service.Inputs;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.error.ValidationFailed;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskId;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The catalog use cases: databases, tables and partitions of a source. A reset to INIT is refused
 * while a live task migrates what it would reset.
 */
public final class CatalogService
    implements ListDatabasesUseCase, GetDatabaseUseCase, UpdateDatabaseUseCase,
        ListTablesUseCase, GetTableUseCase, UpdateTableUseCase, UpdateTablesUseCase,
        ListPartitionsUseCase, GetPartitionUseCase {

  private static final Map<String, DatabaseQuery.Field> DB_SORTS = Map.of(
      "numRows", DatabaseQuery.Field.NUM_ROWS, "size", DatabaseQuery.Field.SIZE,
      "updateTime", DatabaseQuery.Field.UPDATE_TIME);
  private static final Map<String, TableQuery.Field> TABLE_SORTS = Map.of(
      "numRows", TableQuery.Field.NUM_ROWS, "size", TableQuery.Field.SIZE,
      "lastDdlTime", TableQuery.Field.LAST_DDL_TIME);
  private static final Map<String, PartitionQuery.Field> PARTITION_SORTS = Map.of(
      "numRows", PartitionQuery.Field.NUM_ROWS, "size", PartitionQuery.Field.SIZE,
      "lastDdlTime", PartitionQuery.Field.LAST_DDL_TIME);

  private final DataSourceRepository sources;
  private final DatabaseRepository databases;
  private final TableRepository tables;
  private final PartitionRepository partitions;
  private final TaskRepository tasks;
  private final TransactionPort tx;
  private final Clock clock;

  public CatalogService(
      DataSourceRepository sources, DatabaseRepository databases, TableRepository tables,
      PartitionRepository partitions, TaskRepository tasks, TransactionPort tx, Clock clock) {
    this.sources = sources;
    this.databases = databases;
    this.tables = tables;
    this.partitions = partitions;
    this.tasks = tasks;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<DomainError, Page<DatabaseView>> listDatabases(ListDatabasesQuery query) {
    var status = Inputs.optionalEnum("status", query.status(), MigrationStatus.class);
    var sorts = Inputs.sorts(query.sorter(), DB_SORTS);
    var page = Inputs.page(query.page());
    var problems = Inputs.problems(status, sorts, page);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    return Inputs.source(sources, query.sourceId()).map(source -> {
      var found = databases.find(new DatabaseQuery(source.id(), Inputs.text(query.name()),
          status.get(), sorts.get(), page.get()));
      var ids = found.items().stream().map(Database::id).toList();
      var tableCounts = tables.countsByDatabase(ids);
      var partitionCounts = partitions.countsByDatabase(ids);
      return found.map(d -> new DatabaseView(d, source.name().value(),
          tableCounts.getOrDefault(d.id(), StatusCounts.NONE),
          partitionCounts.getOrDefault(d.id(), StatusCounts.NONE)));
    });
  }

  @Override
  public Either<DomainError, DatabaseView> getDatabase(GetDatabaseQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> database(source, query.dbId()).map(d -> databaseView(source, d)));
  }

  @Override
  public Either<DomainError, DatabaseId> updateDatabase(UpdateDatabaseCommand command) {
    var reset = resetRequest(command.status());
    if (reset.isInvalid()) {
      return Either.left(reset.getError());
    }
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .peek(source -> databases.lockCatalog(source.id()))
        .flatMap(source -> database(source, command.dbId()))
        .flatMap(db -> resettable(db.id(), reset.get()
            ? tables.findByDatabase(db.id()).stream().filter(t -> !t.deleted()).toList()
            : List.of()).map(dbTables -> {
              var now = clock.instant();
              var updated = db.withDestination(given(command.dstProjectName(), db.dstProjectName()),
                  given(command.dstName(), db.dstName()), now);
              if (reset.get()) {
                tables.updateAll(dbTables.stream().map(t -> reset(t, now)).toList());
                updated = updated.withStatus(MigrationStatus.INIT, now);
              }
              databases.updateAll(List.of(updated));
              return db.id();
            })));
  }

  @Override
  public Either<DomainError, Page<TableView>> listTables(ListTablesQuery query) {
    var dbId = optionalId(query.dbId(), id -> DatabaseId.of("dbId", id));
    var dbName = optionalName(query.dbName());
    var statuses = statuses(query.status());
    var sorts = Inputs.sorts(query.sorter(), TABLE_SORTS);
    var page = Inputs.page(query.page());
    var problems = Inputs.problems(dbId, dbName, statuses, sorts, page);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    return Inputs.source(sources, query.sourceId()).map(source -> {
      var found = tables.find(new TableQuery(source.id(), dbId.get(), dbName.get(),
          Inputs.text(query.name()), Inputs.text(query.type()), query.hasPartitions(),
          Inputs.text(query.dstProjectName()), Inputs.text(query.dstSchemaName()),
          Inputs.text(query.dstName()), statuses.get(), query.lastDdlTimeStart(),
          query.lastDdlTimeEnd(), sorts.get(), page.get()));
      var counts = partitions.countsByTable(found.items().stream().map(Table::id).toList());
      return found.map(t -> new TableView(t, source.name().value(),
          counts.getOrDefault(t.id(), StatusCounts.NONE)));
    });
  }

  @Override
  public Either<DomainError, TableView> getTable(GetTableQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> table(source, query.tableId()).map(t -> new TableView(t,
            source.name().value(),
            partitions.countsByTable(List.of(t.id())).getOrDefault(t.id(), StatusCounts.NONE))));
  }

  @Override
  public Either<DomainError, TableId> updateTable(UpdateTableCommand command) {
    var reset = resetRequest(command.status());
    if (reset.isInvalid()) {
      return Either.left(reset.getError());
    }
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .peek(source -> databases.lockCatalog(source.id()))
        .flatMap(source -> table(source, command.tableId()))
        .flatMap(table -> reset.get()
            ? resettable(table.dbId(), List.of(table)).map(ok -> table)
            : Either.<DomainError, Table>right(table))
        .map(table -> {
          var now = clock.instant();
          var updated = table.withDestination(
              given(command.dstProjectName(), table.dstProjectName()),
              given(command.dstSchemaName(), table.dstSchemaName()),
              given(command.dstName(), table.dstName()), now);
          if (reset.get()) {
            updated = reset(updated, now);
          }
          tables.updateAll(List.of(updated));
          if (reset.get()) {
            rollUp(table.sourceId(), table.dbId(), now);
          }
          return table.id();
        }));
  }

  @Override
  public Either<DomainError, Integer> updateTables(UpdateTablesCommand command) {
    var reset = resetRequest(command.status());
    var dbName = DatabaseName.of(command.dbName());
    var named = command.tableNames().isEmpty() && command.tableIds().isEmpty()
        ? Validation.<DomainError, Boolean>invalid(new MissingValue("tableNames"))
        : Validation.<DomainError, Boolean>valid(true);
    var problems = Inputs.problems(reset, dbName, named);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
        .peek(source -> databases.lockCatalog(source.id()))
        .flatMap(source -> databases.findByName(source.id(), dbName.get())
            .toEither(() -> (DomainError) NotFound.of("Db", dbName.get())))
        .flatMap(db -> selectTables(db, command)
            .flatMap(selected -> reset.get() ? resettable(db.id(), selected) : Either.right(selected)))
        .map(selected -> {
          var now = clock.instant();
          var updated = selected.stream().map(t -> {
            var u = t.withDestination(given(command.dstProjectName(), t.dstProjectName()),
                given(command.dstSchemaName(), t.dstSchemaName()), t.dstName(), now);
            return reset.get() ? reset(u, now) : u;
          }).toList();
          tables.updateAll(updated);
          if (reset.get() && !selected.isEmpty()) {
            rollUp(selected.get(0).sourceId(), selected.get(0).dbId(), now);
          }
          return updated.size();
        }));
  }

  @Override
  public Either<DomainError, Page<PartitionView>> listPartitions(ListPartitionsQuery query) {
    var dbId = optionalId(query.dbId(), id -> DatabaseId.of("dbId", id));
    var tableId = optionalId(query.tableId(), id -> TableId.of("tableId", id));
    var dbName = optionalName(query.dbName());
    var tableName = Inputs.text(query.tableName())
        .map(n -> TableName.of(n).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
    var value = Inputs.text(query.value())
        .map(v -> PartitionSpec.parse(v).toValidation().map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
    var statuses = statuses(query.status());
    var sorts = Inputs.sorts(query.sorter(), PARTITION_SORTS);
    var page = Inputs.page(query.page());
    var problems = Inputs.problems(dbId, tableId, dbName, tableName, value, statuses, sorts, page);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    var badStatus = statuses.get().stream().filter(s -> s == MigrationStatus.PART_DONE).findAny();
    if (badStatus.isPresent()) {
      return Either.left(new InvalidValue("status",
          "a partition is never PART_DONE, expected one of [INIT, DOING, DONE, FAILED]"));
    }
    return Inputs.source(sources, query.sourceId()).map(source -> {
      var found = partitions.find(new PartitionQuery(source.id(), dbId.get(), dbName.get(),
          tableId.get(), tableName.get(), value.get(), query.updated(), statuses.get(),
          query.lastDdlTimeStart(), query.lastDdlTimeEnd(), sorts.get(), page.get()));
      var owners = new LinkedHashMap<TableId, Table>();
      tables.findByIds(found.items().stream().map(Partition::tableId).distinct().toList())
          .forEach(t -> owners.put(t.id(), t));
      return found.map(p -> partitionView(source, p, Optional.ofNullable(owners.get(p.tableId()))));
    });
  }

  @Override
  public Either<DomainError, PartitionView> getPartition(GetPartitionQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> PartitionId.of("partitionId", query.partitionId()).toEither()
            .flatMap(id -> partitions.findById(source.id(), id)
                .toEither(() -> NotFound.of("Partition", query.partitionId())))
            .map(p -> partitionView(source, p,
                tables.findById(source.id(), p.tableId()).toJavaOptional())));
  }

  private Either<DomainError, Database> database(DataSource source, long raw) {
    return DatabaseId.of("dbId", raw).toEither()
        .flatMap(id -> databases.findById(source.id(), id).toEither(() -> NotFound.of("Db", raw)));
  }

  private Either<DomainError, Table> table(DataSource source, long raw) {
    return TableId.of("tableId", raw).toEither()
        .flatMap(id -> tables.findById(source.id(), id).toEither(() -> NotFound.of("Table", raw)));
  }

  private DatabaseView databaseView(DataSource source, Database db) {
    return new DatabaseView(db, source.name().value(),
        tables.countsByDatabase(List.of(db.id())).getOrDefault(db.id(), StatusCounts.NONE),
        partitions.countsByDatabase(List.of(db.id())).getOrDefault(db.id(), StatusCounts.NONE));
  }

  /** A partition's destination is its table's; a table that vanished leaves the source names. */
  private static PartitionView partitionView(DataSource source, Partition p, Optional<Table> table) {
    return new PartitionView(p, source.name().value(),
        table.flatMap(Table::dstProjectName), table.flatMap(Table::dstSchemaName),
        table.map(Table::effectiveDstName).orElse(p.tableName().value()), p.value().render());
  }

  /** The tables of {@code db} named by the command; unknown names or ids are one error listing them. */
  private Either<DomainError, List<Table>> selectTables(Database db, UpdateTablesCommand command) {
    var byName = new LinkedHashMap<String, Table>();
    var byId = new LinkedHashMap<Long, Table>();
    tables.findByDatabase(db.id()).stream().filter(t -> !t.deleted()).forEach(t -> {
      byName.put(t.name().value(), t);
      byId.put(t.id().value(), t);
    });
    var selected = new LinkedHashSet<Table>();
    var unknownNames = new ArrayList<String>();
    var unknownIds = new ArrayList<Long>();
    command.tableNames().forEach(n -> Optional.ofNullable(byName.get(n))
        .ifPresentOrElse(selected::add, () -> unknownNames.add(n)));
    command.tableIds().forEach(id -> Optional.ofNullable(byId.get(id))
        .ifPresentOrElse(selected::add, () -> unknownIds.add(id)));
    var errors = new ArrayList<DomainError>();
    if (!unknownNames.isEmpty()) {
      errors.add(new InvalidValue("tableNames",
          "database " + db.name() + " has no tables " + unknownNames));
    }
    if (!unknownIds.isEmpty()) {
      errors.add(new InvalidValue("tables", "database " + db.name() + " has no tables with ids " + unknownIds));
    }
    return errors.isEmpty()
        ? Either.right(List.copyOf(selected))
        : Either.left(ValidationFailed.of(errors));
  }

  /**
   * The tables, when no live task migrates them or their partitions; otherwise a conflict naming
   * the tasks, whose next writes would undo the reset.
   */
  private Either<DomainError, List<Table>> resettable(DatabaseId dbId, List<Table> resetting) {
    if (resetting.isEmpty()) {
      return Either.right(resetting);
    }
    var coverage = tasks.liveCoverage(dbId);
    var busy = new LinkedHashMap<String, Set<TaskId>>();
    for (var table : resetting) {
      var taskIds = new TreeSet<TaskId>();
      Optional.ofNullable(coverage.tables().get(table.id())).ifPresent(taskIds::add);
      if (!coverage.partitions().isEmpty()) {
        partitions.findByTable(table.id()).stream()
            .map(p -> coverage.partitions().get(p.id()))
            .filter(Objects::nonNull)
            .forEach(taskIds::add);
      }
      if (!taskIds.isEmpty()) {
        busy.put(table.name().value(), taskIds);
      }
    }
    return busy.isEmpty() ? Either.right(resetting) : Either.left(new Conflict(beingMigrated(busy)));
  }

  private static String beingMigrated(Map<String, Set<TaskId>> busy) {
    if (busy.size() == 1) {
      var only = busy.entrySet().iterator().next();
      return "table " + only.getKey() + " is being migrated by " + tasksNamed(only.getValue())
          + (only.getValue().size() == 1
              ? "; let it finish or delete its job first"
              : "; let them finish or delete their jobs first");
    }
    var named = new ArrayList<String>();
    busy.forEach((table, ids) -> named.add(table + " (" + tasksNamed(ids) + ")"));
    return "tables " + String.join(", ", named)
        + " are being migrated; let those tasks finish or delete their jobs first";
  }

  private static String tasksNamed(Set<TaskId> ids) {
    return (ids.size() == 1 ? "task " : "tasks ")
        + String.join(", ", ids.stream().map(TaskId::toString).toList());
  }

  /** A table back to INIT with all its partitions, so that the next job migrates it again. */
  private Table reset(Table table, Instant now) {
    var ids = partitions.findByTable(table.id()).stream()
        .filter(p -> !p.deleted())
        .map(Partition::id)
        .toList();
    if (!ids.isEmpty()) {
      partitions.updateStatus(ids, MigrationStatus.INIT, now);
    }
    return table.withStatus(MigrationStatus.INIT, now);
  }

  /** The database's status after some of its tables changed status. */
  private void rollUp(SourceId sourceId, DatabaseId dbId, Instant now) {
    var counts = tables.countsByDatabase(List.of(dbId)).getOrDefault(dbId, StatusCounts.NONE);
    databases.findById(sourceId, dbId)
        .forEach(db -> databases.updateAll(List.of(db.withStatus(counts.rollUp(), now))));
  }

  /** {@code status} may only reset to INIT: the other statuses belong to the tasks. */
  private static Validation<DomainError, Boolean> resetRequest(Optional<String> status) {
    return Inputs.optionalEnum("status", status, MigrationStatus.class).flatMap(s -> s.isEmpty()
        ? Validation.valid(false)
        : s.get() == MigrationStatus.INIT
            ? Validation.valid(true)
            : Validation.invalid(new InvalidValue("status",
                "only INIT can be set (to migrate again), got " + s.get())));
  }

  /** A given field replaces the stored one (a blank one clears it); an absent one keeps it. */
  private static Optional<String> given(Optional<String> input, Optional<String> stored) {
    return input.isPresent() ? Inputs.text(input) : stored;
  }

  private static Validation<DomainError, Set<MigrationStatus>> statuses(List<String> raw) {
    var parsed = raw.stream()
        .map(s -> Inputs.enumValue("status", s, MigrationStatus.class))
        .toList();
    var problems = Inputs.problems(parsed);
    return problems.isDefined()
        ? Validation.invalid(problems.get())
        : Validation.valid(Set.copyOf(parsed.stream().map(Validation::get).toList()));
  }

  private static <T> Validation<DomainError, Optional<T>> optionalId(
      Optional<Long> raw, Function<Long, Validation<DomainError, T>> parse) {
    return raw.map(r -> parse.apply(r).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
  }

  private static Validation<DomainError, Optional<DatabaseName>> optionalName(Optional<String> raw) {
    return Inputs.text(raw)
        .map(n -> DatabaseName.of(n).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
  }
}
