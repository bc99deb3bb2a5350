package dev.mms.application.service.datasource;

import dev.mms.application.port.in.datasource.ConfigEntry;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase;
import dev.mms.application.port.in.datasource.DataSourceView;
import dev.mms.application.port.in.datasource.DeleteDataSourceUseCase;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase;
import dev.mms.application.port.in.datasource.ListDataSourceConfigItemsUseCase;
import dev.mms.application.port.in.datasource.ListDataSourcesUseCase;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase;
import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.application.port.out.CatalogReaderPort;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.JobRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TaskLogRepository;
import dev.mms.application.port.out.TaskRepository;
import dev.mms.application.port.out.TimerLogRepository;
import dev.mms.application.port.out.TimerRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.application.port.query.DataSourceQuery;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.service.AsyncRunner;
import dev.mms.application.service.Inputs;
import dev.mms.application.service.metadata.CatalogReaders;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.MissingValue;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.source.ConfigItem;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.Language;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The data-source use cases. */
public final class DataSourceService
    implements CreateDataSourceUseCase, ListDataSourcesUseCase, GetDataSourceUseCase,
        UpdateDataSourceUseCase, DeleteDataSourceUseCase, ListDataSourceConfigItemsUseCase {

  /** What UpdateMmsDataSource can do. */
  private enum Action { UPDATE_CONFIG, START, STOP, RENAME }

  private final DataSourceRepository sources;
  private final DatabaseRepository databases;
  private final TableRepository tables;
  private final PartitionRepository partitions;
  private final AsyncTaskRepository asyncTasks;
  private final JobRepository jobs;
  private final TaskRepository tasks;
  private final TaskLogRepository taskLogs;
  private final TimerRepository timers;
  private final TimerLogRepository timerLogs;
  private final CatalogReaders readers;
  private final AsyncRunner async;
  private final IdGenerator ids;
  private final TransactionPort tx;
  private final Clock clock;

  public DataSourceService(
      DataSourceRepository sources, DatabaseRepository databases, TableRepository tables,
      PartitionRepository partitions, AsyncTaskRepository asyncTasks, JobRepository jobs,
      TaskRepository tasks, TaskLogRepository taskLogs, TimerRepository timers,
      TimerLogRepository timerLogs, CatalogReaders readers, AsyncRunner async, IdGenerator ids,
      TransactionPort tx, Clock clock) {
    this.sources = sources;
    this.databases = databases;
    this.tables = tables;
    this.partitions = partitions;
    this.asyncTasks = asyncTasks;
    this.jobs = jobs;
    this.tasks = tasks;
    this.taskLogs = taskLogs;
    this.timers = timers;
    this.timerLogs = timerLogs;
    this.readers = readers;
    this.async = async;
    this.ids = ids;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<DomainError, SourceId> createDataSource(CreateDataSourceCommand command) {
    var name = SourceName.of(command.name());
    var type = DataSourceType.of("type", command.type());
    var problems = Inputs.problems(name, type);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    return tx.inTransaction(() -> nameIsFree(name.get(), Optional.empty())
        .flatMap(free -> DataSource.register(new SourceId(ids.next(Sequence.DATA_SOURCE)),
            name.get(), type.get(), command.config(), Inputs.text(command.region()),
            Inputs.text(command.networklink()), clock.instant()))
        .peek(sources::insert)
        .map(DataSource::id));
  }

  @Override
  public Either<DomainError, Page<DataSourceView>> listDataSources(ListDataSourcesQuery query) {
    var type = Inputs.optionalEnum("type", query.type(), DataSourceType.class);
    var page = Inputs.pageOrAll(query.page());
    var problems = Inputs.problems(type, page);
    if (problems.isDefined()) {
      return Either.left(problems.get());
    }
    var found = sources.find(new DataSourceQuery(Inputs.text(query.name()), type.get(),
        Inputs.text(query.region()), page.get()));
    return Either.right(found.map(s -> view(s, Optional.empty())));
  }

  @Override
  public Either<DomainError, DataSourceView> getDataSource(GetDataSourceQuery query) {
    var lang = Language.of(query.lang().orElse(""));
    if (lang.isInvalid()) {
      return Either.left(lang.getError());
    }
    return Inputs.source(sources, query.sourceId())
        .map(s -> view(s, query.withConfig() ? Optional.of(lang.get()) : Optional.empty()));
  }

  @Override
  public Either<DomainError, UpdateDataSourceResult> updateDataSource(UpdateDataSourceCommand command) {
    var action = command.action().isBlank()
        ? Validation.<DomainError, Action>invalid(new MissingValue("action"))
        : Inputs.enumValue("action", command.action(), Action.class);
    if (action.isInvalid()) {
      return Either.left(action.getError());
    }
    // The connection test starts after the update commits: it talks to the source, which must
    // not happen while the transaction holds the store.
    return tx.inTransaction(() -> Inputs.source(sources, command.sourceId())
            .flatMap(source -> apply(source, action.get(), command))
            .flatMap(updated -> (command.test()
                    ? readers.forType(updated.type()).map(Optional::of)
                    : Either.<DomainError, Optional<CatalogReaderPort>>right(Optional.empty()))
                .map(reader -> {
                  sources.update(updated);
                  return new Updated(updated, reader);
                })))
        .map(u -> new UpdateDataSourceResult(u.source().id(),
            u.tester().map(reader -> testConnection(reader, u.source()))));
  }

  /** An updated source, with the reader that tests its connection when a test was asked for. */
  private record Updated(DataSource source, Optional<CatalogReaderPort> tester) {}

  @Override
  public Either<DomainError, SourceId> deleteDataSource(DeleteDataSourceCommand command) {
    return Inputs.source(sources, command.sourceId()).map(source -> {
      // Stop first, in its own transaction, so that workers drop the source's tasks before their
      // rows disappear.
      tx.inTransaction(() -> {
        for (var job : jobs.findBySource(source.id())) {
          jobs.update(job.stop());
          tasks.setStoppedByJob(job.id(), true);
        }
        return source.id();
      });
      return tx.inTransaction(() -> {
        taskLogs.deleteBySource(source.id());
        tasks.deleteBySource(source.id());
        jobs.deleteBySource(source.id());
        timerLogs.deleteBySource(source.id());
        timers.deleteBySource(source.id());
        partitions.deleteBySource(source.id());
        tables.deleteBySource(source.id());
        databases.deleteBySource(source.id());
        asyncTasks.deleteBySource(source.id());
        sources.delete(source.id());
        return source.id();
      });
    });
  }

  @Override
  public Either<DomainError, List<ConfigItem>> listDataSourceConfigItems(
      ListDataSourceConfigItemsQuery query) {
    var type = query.sourceType().isBlank()
        ? Validation.<DomainError, DataSourceType>invalid(new MissingValue("sourceType"))
        : DataSourceType.of("sourceType", query.sourceType());
    var lang = Language.of(query.lang().orElse(""));
    var problems = Inputs.problems(type, lang);
    return problems.isDefined()
        ? Either.left(problems.get())
        : Either.right(ConfigItems.of(type.get(), lang.get()));
  }

  private Either<DomainError, DataSource> apply(DataSource source, Action action,
      UpdateDataSourceCommand command) {
    return switch (action) {
      case UPDATE_CONFIG -> source.updateConfig(command.config());
      case START -> source.start();
      case STOP -> source.stop();
      case RENAME -> {
        var name = SourceName.of(command.name().orElse(""));
        yield name.toEither()
            .flatMap(n -> nameIsFree(n, Optional.of(source.id())).map(free -> source.rename(n)));
      }
    };
  }

  private AsyncTaskId testConnection(CatalogReaderPort reader, DataSource source) {
    return async.submit(source.id(), AsyncTaskType.TEST_CONNECTION, progress ->
        Either.right(new AsyncRunner.Outcome(OptionalLong.of(source.id().value()),
            reader.testConnection(source))));
  }

  /** Names are unique among sources; {@code self} is the source being renamed. */
  private Either<DomainError, SourceName> nameIsFree(SourceName name, Optional<SourceId> self) {
    var sameName = sources.find(new DataSourceQuery(Optional.of(name.value()), Optional.empty(),
            Optional.empty(), PageRequest.ALL))
        .items().stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> self.map(id -> !id.equals(s.id())).orElse(true))
        .findFirst();
    return sameName.isPresent()
        ? Either.left(new Conflict("a data source named '" + name + "' already exists (id "
            + sameName.get().id() + ")"))
        : Either.right(name);
  }

  private DataSourceView view(DataSource source, Optional<Language> withConfig) {
    var dbIds = databases.findAllBySource(source.id()).stream()
        .filter(d -> !d.deleted())
        .map(Database::id)
        .toList();
    var tableCounts = sum(tables.countsByDatabase(dbIds).values());
    var partitionCounts = sum(partitions.countsByDatabase(dbIds).values());
    var lastScan = source.scanId().flatMap(id -> asyncTasks.findById(source.id(), id).toJavaOptional());
    var masked = source.maskedConfig();
    var config = withConfig
        .map(lang -> ConfigItems.of(source.type(), lang).stream()
            .map(item -> new ConfigEntry(item, Optional.ofNullable(masked.get(item.key()))))
            .toList())
        .orElse(List.of());
    var maskedSource = new DataSource(source.id(), source.name(), source.type(), source.region(),
        source.networklink(), source.status(), source.errMsg(), masked, source.createTime(),
        source.lastUpdateTime(), source.scanId());
    return new DataSourceView(maskedSource, dbIds.size(), tableCounts, partitionCounts, lastScan,
        config);
  }

  private static StatusCounts sum(Iterable<StatusCounts> counts) {
    int total = 0;
    int init = 0;
    int doing = 0;
    int done = 0;
    int failed = 0;
    int partDone = 0;
    for (var c : counts) {
      total += c.total();
      init += c.init();
      doing += c.doing();
      done += c.done();
      failed += c.failed();
      partDone += c.partDone();
    }
    return new StatusCounts(total, init, doing, done, failed, partDone);
  }
}
