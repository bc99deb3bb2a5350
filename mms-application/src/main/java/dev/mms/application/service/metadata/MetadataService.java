package dev.mms.application.service.metadata;

import dev.mms.application.port.in.metadata.CreateScanUseCase;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase;
import dev.mms.application.port.in.metadata.GetScanUseCase;
import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.CatalogReaderPort;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.application.service.AsyncRunner;
import dev.mms.application.service.Inputs;
import dev.mms.application.service.rollup.CatalogRollUp;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.catalog.CatalogMerge;
import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.error.MissingValue;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.DataSource;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntConsumer;

/** Metadata scans and async task lookups. */
public final class MetadataService implements CreateScanUseCase, GetScanUseCase, GetAsyncTaskUseCase {

  /** Ids for new catalog objects are reserved in blocks: a scan may add a million partitions. */
  private static final int ID_BLOCK = 256;

  private final DataSourceRepository sources;
  private final DatabaseRepository databases;
  private final TableRepository tables;
  private final PartitionRepository partitions;
  private final AsyncTaskRepository asyncTasks;
  private final CatalogReaders readers;
  private final AsyncRunner async;
  private final IdGenerator ids;
  private final TransactionPort tx;
  private final Clock clock;
  private final CatalogRollUp rollUp;

  public MetadataService(
      DataSourceRepository sources, DatabaseRepository databases, TableRepository tables,
      PartitionRepository partitions, AsyncTaskRepository asyncTasks, CatalogReaders readers,
      AsyncRunner async, IdGenerator ids, TransactionPort tx, Clock clock) {
    this.sources = sources;
    this.databases = databases;
    this.tables = tables;
    this.partitions = partitions;
    this.asyncTasks = asyncTasks;
    this.readers = readers;
    this.async = async;
    this.ids = ids;
    this.tx = tx;
    this.clock = clock;
    this.rollUp = new CatalogRollUp(databases, tables, partitions, tx);
  }

  @Override
  public Either<DomainError, AsyncTaskId> createScan(CreateScanCommand command) {
    var scope = scope(command);
    if (scope.isInvalid()) {
      return Either.left(scope.getError());
    }
    return Inputs.source(sources, command.sourceId())
        .filterOrElse(s -> s.status().online(),
            s -> new IllegalTransition("DataSource", s.status().name(), "SCAN"))
        .flatMap(source -> readers.forType(source.type()).map(reader -> {
          var task = tx.inTransaction(() -> {
            var started = async.begin(source.id(), AsyncTaskType.SCAN);
            sources.update(source.scanStarted(started.id()));
            return started;
          });
          async.execute(task, progress -> scan(source, scope.get(), reader, progress));
          return task.id();
        }));
  }

  @Override
  public Either<DomainError, AsyncTask> getScan(GetScanQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> AsyncTaskId.of("scanId", query.scanId()).toEither()
            .flatMap(id -> asyncTasks.findById(source.id(), id)
                .filter(t -> t.type() == AsyncTaskType.SCAN)
                .toEither(() -> NotFound.of("Scan", query.scanId()))));
  }

  @Override
  public Either<DomainError, AsyncTask> getAsyncTask(GetAsyncTaskQuery query) {
    return Inputs.source(sources, query.sourceId())
        .flatMap(source -> AsyncTaskId.of("asyncTaskId", query.asyncTaskId()).toEither()
            .flatMap(id -> asyncTasks.findById(source.id(), id)
                .toEither(() -> NotFound.of("AsyncTask", query.asyncTaskId()))));
  }

  private static Validation<DomainError, ScanScope> scope(CreateScanCommand command) {
    var db = Inputs.text(command.dbName())
        .map(name -> DatabaseName.of(name).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
    var checks = new ArrayList<Validation<DomainError, ?>>();
    checks.add(db);
    var names = command.tableNames().stream().map(t -> TableName.of("tableNames", t)).toList();
    checks.addAll(names);
    if (!names.isEmpty() && Inputs.text(command.dbName()).isEmpty()) {
      checks.add(Validation.invalid(new MissingValue("dbName (tableNames are tables of one database)")));
    }
    var problems = Inputs.problems(checks);
    return problems.isDefined()
        ? Validation.invalid(problems.get())
        : Validation.valid(new ScanScope(db.get(),
            names.stream().map(Validation::get).distinct().toList()));
  }

  private Either<String, AsyncRunner.Outcome> scan(
      DataSource source, ScanScope scope, CatalogReaderPort reader, IntConsumer progress) {
    var snapshot = reader.read(source, scope, progress);
    return tx.inTransaction(() -> sources.findById(source.id())
        .toEither("data source " + source.id() + " was deleted during the scan")
        .peek(current -> databases.lockCatalog(current.id()))
        .map(current -> {
          var summary = merge(current, scope, snapshot);
          sources.update(current.scanFinished(clock.instant()));
          return new AsyncRunner.Outcome(OptionalLong.of(source.id().value()),
              "{\"databases\":" + summary.databases() + ",\"tables\":" + summary.tables()
                  + ",\"partitions\":" + summary.partitions() + ",\"added\":" + summary.added()
                  + ",\"updated\":" + summary.updated() + ",\"deleted\":" + summary.deleted()
                  + "}");
        }));
  }

  private CatalogMerge.Summary merge(DataSource source, ScanScope scope, CatalogSnapshot snapshot) {
    var storedDbs = databases.findAllBySource(source.id()).stream()
        .filter(d -> scope.database().map(d.name()::equals).orElse(true))
        .toList();
    var storedTables = new ArrayList<Table>();
    var storedPartitions = new ArrayList<Partition>();
    for (var db : storedDbs) {
      var dbTables = tables.findByDatabase(db.id());
      storedTables.addAll(dbTables);
      if (scope.tables().isEmpty()) {
        storedPartitions.addAll(partitions.findByDatabase(db.id()));
      } else {
        dbTables.stream()
            .filter(t -> scope.tables().contains(t.name()))
            .forEach(t -> storedPartitions.addAll(partitions.findByTable(t.id())));
      }
    }
    var result = CatalogMerge.merge(source.id(),
        new CatalogMerge.Catalog(storedDbs, storedTables, storedPartitions), snapshot, scope,
        new BlockIds(), clock.instant());
    databases.insertAll(result.added().databases());
    databases.updateAll(result.changed().databases());
    tables.insertAll(result.added().tables());
    tables.updateAll(result.changed().tables());
    partitions.insertAll(result.added().partitions());
    partitions.updateAll(result.changed().partitions());
    // New partitions make a DONE table PART_DONE; vanished ones no longer count.
    rollUp.afterScan(source.id(), storedDbs.stream().map(Database::id).toList(), clock.instant());
    return result.summary();
  }

  /** Takes ids from the generator a block at a time; ids left in a block are skipped, not reused. */
  private final class BlockIds implements CatalogMerge.Ids {
    private final long[] next = new long[3];
    private final long[] end = new long[3];

    @Override
    public DatabaseId nextDatabase() {
      return new DatabaseId(take(0, Sequence.DATABASE));
    }

    @Override
    public TableId nextTable() {
      return new TableId(take(1, Sequence.TABLE));
    }

    @Override
    public PartitionId nextPartition() {
      return new PartitionId(take(2, Sequence.PARTITION));
    }

    private long take(int slot, Sequence sequence) {
      if (next[slot] == end[slot]) {
        next[slot] = ids.reserve(sequence, ID_BLOCK);
        end[slot] = next[slot] + ID_BLOCK;
      }
      return next[slot]++;
    }
  }
}
