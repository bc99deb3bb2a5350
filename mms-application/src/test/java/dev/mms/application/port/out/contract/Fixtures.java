package dev.mms.application.port.out.contract;

import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.name.TimerName;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceStatus;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Lease;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskLogId;
import dev.mms.domain.task.TaskStatus;
import dev.mms.domain.timer.Schedule;
import dev.mms.domain.timer.Timer;
import dev.mms.domain.timer.TimerId;
import dev.mms.domain.timer.TimerLog;
import dev.mms.domain.timer.TimerLogId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Compact builders of domain values for repository tests: every field has a plain default, ids
 * are given as longs, and each builder sets only what a test cares about.
 */
public final class Fixtures {
  /** The instant every default time is based on. */
  public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private Fixtures() {}

  public static Instant at(long secondsAfterT0) {
    return T0.plusSeconds(secondsAfterT0);
  }

  public static DataSourceBuilder source(long id) {
    return new DataSourceBuilder(id);
  }

  public static DatabaseBuilder database(long id, long sourceId) {
    return new DatabaseBuilder(id, sourceId);
  }

  public static TableBuilder table(long id, long sourceId, long dbId) {
    return new TableBuilder(id, sourceId, dbId);
  }

  public static PartitionBuilder partition(long id, long sourceId, long dbId, long tableId) {
    return new PartitionBuilder(id, sourceId, dbId, tableId);
  }

  public static JobBuilder job(long id, long sourceId) {
    return new JobBuilder(id, sourceId);
  }

  public static TaskBuilder task(long id, long jobId, long sourceId) {
    return new TaskBuilder(id, jobId, sourceId);
  }

  public static TimerBuilder timer(long id, long sourceId) {
    return new TimerBuilder(id, sourceId);
  }

  public static TaskLog taskLog(long id, long taskId, long sourceId, TaskStatus status) {
    return new TaskLog(new TaskLogId(id), new TaskId(taskId), new SourceId(sourceId), status,
        "step " + id, "ok", at(id));
  }

  public static TimerLog timerLog(long id, long timerId, long sourceId, Instant createTime) {
    return new TimerLog(new TimerLogId(id), new TimerId(timerId), new SourceId(sourceId),
        Optional.empty(), "fire", "ok", createTime);
  }

  public static AsyncTask asyncTask(long id, long sourceId, AsyncTaskStatus status) {
    var started = AsyncTask.started(new AsyncTaskId(id), new SourceId(sourceId), AsyncTaskType.SCAN, at(id));
    return switch (status) {
      case DOING -> started;
      case DONE -> started.succeeded(OptionalLong.of(id), "done", at(id + 1)).get();
      case FAILED -> started.failed("broken", at(id + 1)).get();
    };
  }

  public static List<PartitionId> partitionIds(long... ids) {
    return Arrays.stream(ids).mapToObj(PartitionId::new).toList();
  }

  /** A data source; defaults: name {@code source-<id>}, MOCK, no region, STARTED. */
  public static final class DataSourceBuilder {
    private final long id;
    private String name;
    private DataSourceType type = DataSourceType.MOCK;
    private Optional<String> region = Optional.empty();
    private DataSourceStatus status = DataSourceStatus.STARTED;
    private Map<String, ConfigValue> config = Map.of();

    private DataSourceBuilder(long id) {
      this.id = id;
      this.name = "source-" + id;
    }

    public DataSourceBuilder name(String value) {
      name = value;
      return this;
    }

    public DataSourceBuilder type(DataSourceType value) {
      type = value;
      return this;
    }

    public DataSourceBuilder region(String value) {
      region = Optional.of(value);
      return this;
    }

    public DataSourceBuilder status(DataSourceStatus value) {
      status = value;
      return this;
    }

    public DataSourceBuilder config(Map<String, ConfigValue> value) {
      config = value;
      return this;
    }

    public DataSource build() {
      return new DataSource(new SourceId(id), new SourceName(name), type, region, Optional.empty(),
          status, Optional.empty(), config, T0, Optional.empty(), Optional.empty());
    }
  }

  /** A database; defaults: name {@code db<id>}, INIT, zero rows and size, not deleted. */
  public static final class DatabaseBuilder {
    private final long id;
    private final long sourceId;
    private String name;
    private MigrationStatus status = MigrationStatus.INIT;
    private long numRows;
    private long size;
    private Instant updateTime = T0;
    private boolean deleted;

    private DatabaseBuilder(long id, long sourceId) {
      this.id = id;
      this.sourceId = sourceId;
      this.name = "db" + id;
    }

    public DatabaseBuilder name(String value) {
      name = value;
      return this;
    }

    public DatabaseBuilder status(MigrationStatus value) {
      status = value;
      return this;
    }

    public DatabaseBuilder numRows(long value) {
      numRows = value;
      return this;
    }

    public DatabaseBuilder size(long value) {
      size = value;
      return this;
    }

    public DatabaseBuilder updateTime(Instant value) {
      updateTime = value;
      return this;
    }

    public DatabaseBuilder deleted(boolean value) {
      deleted = value;
      return this;
    }

    public Database build() {
      return new Database(new DatabaseId(id), new SourceId(sourceId), new DatabaseName(name),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          numRows, size, status, false, Optional.empty(), Optional.empty(), T0, updateTime, deleted);
    }
  }

  /** A table; defaults: name {@code t<id>} in database {@code db<dbId>}, not partitioned, INIT. */
  public static final class TableBuilder {
    private final long id;
    private final long sourceId;
    private final long dbId;
    private String dbName;
    private String name;
    private String type = "MANAGED_TABLE";
    private boolean partitioned;
    private Optional<Instant> lastDdlTime = Optional.empty();
    private long numRows;
    private long size;
    private MigrationStatus status = MigrationStatus.INIT;
    private Optional<String> dstProjectName = Optional.empty();
    private Optional<String> dstSchemaName = Optional.empty();
    private Optional<String> dstName = Optional.empty();
    private boolean deleted;

    private TableBuilder(long id, long sourceId, long dbId) {
      this.id = id;
      this.sourceId = sourceId;
      this.dbId = dbId;
      this.dbName = "db" + dbId;
      this.name = "t" + id;
    }

    public TableBuilder dbName(String value) {
      dbName = value;
      return this;
    }

    public TableBuilder name(String value) {
      name = value;
      return this;
    }

    public TableBuilder type(String value) {
      type = value;
      return this;
    }

    public TableBuilder partitioned(boolean value) {
      partitioned = value;
      return this;
    }

    public TableBuilder lastDdlTime(Instant value) {
      lastDdlTime = Optional.of(value);
      return this;
    }

    public TableBuilder numRows(long value) {
      numRows = value;
      return this;
    }

    public TableBuilder size(long value) {
      size = value;
      return this;
    }

    public TableBuilder status(MigrationStatus value) {
      status = value;
      return this;
    }

    public TableBuilder dstProjectName(String value) {
      dstProjectName = Optional.of(value);
      return this;
    }

    public TableBuilder dstSchemaName(String value) {
      dstSchemaName = Optional.of(value);
      return this;
    }

    public TableBuilder dstName(String value) {
      dstName = Optional.of(value);
      return this;
    }

    public TableBuilder deleted(boolean value) {
      deleted = value;
      return this;
    }

    public Table build() {
      var schema = new TableSchema(List.of(Column.of("id", "BIGINT"), Column.of("v", "STRING")),
          partitioned ? List.of(Column.of("ds", "STRING")) : List.of(), Optional.empty());
      return new Table(new TableId(id), new SourceId(sourceId), new DatabaseId(dbId),
          new DatabaseName(dbName), new TableName(name), type, schema, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          lastDdlTime, numRows, size, status, false, dstProjectName, dstSchemaName, dstName, T0, T0,
          deleted);
    }
  }

  /** A partition; defaults: {@code ds=<id>} of table {@code t<tableId>}, sizes unknown, INIT. */
  public static final class PartitionBuilder {
    private final long id;
    private final long sourceId;
    private final long dbId;
    private final long tableId;
    private String dbName;
    private String tableName;
    private PartitionSpec value;
    private Optional<Instant> lastDdlTime = Optional.empty();
    private OptionalLong numRows = OptionalLong.empty();
    private OptionalLong size = OptionalLong.empty();
    private MigrationStatus status = MigrationStatus.INIT;
    private boolean updated;
    private boolean deleted;

    private PartitionBuilder(long id, long sourceId, long dbId, long tableId) {
      this.id = id;
      this.sourceId = sourceId;
      this.dbId = dbId;
      this.tableId = tableId;
      this.dbName = "db" + dbId;
      this.tableName = "t" + tableId;
      this.value = PartitionSpec.of("ds", Long.toString(id));
    }

    public PartitionBuilder dbName(String v) {
      dbName = v;
      return this;
    }

    public PartitionBuilder tableName(String v) {
      tableName = v;
      return this;
    }

    public PartitionBuilder value(String... keyValues) {
      value = PartitionSpec.of(keyValues);
      return this;
    }

    public PartitionBuilder lastDdlTime(Instant v) {
      lastDdlTime = Optional.of(v);
      return this;
    }

    public PartitionBuilder numRows(long v) {
      numRows = OptionalLong.of(v);
      return this;
    }

    public PartitionBuilder size(long v) {
      size = OptionalLong.of(v);
      return this;
    }

    public PartitionBuilder status(MigrationStatus v) {
      status = v;
      return this;
    }

    public PartitionBuilder updated(boolean v) {
      updated = v;
      return this;
    }

    public PartitionBuilder deleted(boolean v) {
      deleted = v;
      return this;
    }

    public Partition build() {
      return new Partition(new PartitionId(id), new SourceId(sourceId), new DatabaseId(dbId),
          new DatabaseName(dbName), new TableId(tableId), new TableName(tableName), value,
          lastDdlTime, numRows, size, status, updated, T0, T0, deleted);
    }
  }

  /** A job; defaults: name {@code job-<id>} over database 1 ({@code db1}) into {@code dst}, no eta. */
  public static final class JobBuilder {
    private final long id;
    private final long sourceId;
    private String name;
    private long dbId = 1;
    private String srcDbName = "db1";
    private String dstDbName = "dst";
    private Optional<Eta> eta = Optional.empty();
    private boolean stopped;
    private Optional<TimerId> timerId = Optional.empty();

    private JobBuilder(long id, long sourceId) {
      this.id = id;
      this.sourceId = sourceId;
      this.name = "job-" + id;
    }

    public JobBuilder name(String value) {
      name = value;
      return this;
    }

    public JobBuilder db(long value, String srcName) {
      dbId = value;
      srcDbName = srcName;
      return this;
    }

    public JobBuilder dstDbName(String value) {
      dstDbName = value;
      return this;
    }

    public JobBuilder eta(String isoDate) {
      eta = Optional.of(new Eta(LocalDate.parse(isoDate)));
      return this;
    }

    public JobBuilder stopped(boolean value) {
      stopped = value;
      return this;
    }

    public JobBuilder timer(long value) {
      timerId = Optional.of(new TimerId(value));
      return this;
    }

    public Job build() {
      return new Job(new JobId(id), new JobName(name), new SourceId(sourceId),
          new SourceName("source-" + sourceId), new DatabaseId(dbId), new DatabaseName(srcDbName),
          Optional.empty(), dstDbName, Optional.empty(), JobConfig.defaults(), eta, stopped,
          timerId, T0);
    }
  }

  /**
   * A task; defaults: table 1 ({@code t1}) of database 1 ({@code db1}) into {@code dst.t1}, no
   * partitions, INIT, version 0.
   */
  public static final class TaskBuilder {
    private final long id;
    private final long jobId;
    private final long sourceId;
    private long dbId = 1;
    private String srcDbName = "db1";
    private long tableId = 1;
    private String srcTableName = "t1";
    private String dstDbName = "dst";
    private String dstTableName = "t1";
    private List<PartitionId> partitions = List.of();
    private TaskStatus status = TaskStatus.INIT;
    private Optional<Lease> lease = Optional.empty();
    private boolean stopped;
    private Optional<Instant> nextAttemptAt = Optional.empty();
    private long version;
    private Optional<Instant> startTime = Optional.empty();

    private TaskBuilder(long id, long jobId, long sourceId) {
      this.id = id;
      this.jobId = jobId;
      this.sourceId = sourceId;
    }

    public TaskBuilder db(long value, String name) {
      dbId = value;
      srcDbName = name;
      return this;
    }

    /** The source table; the destination table takes the same name unless set after. */
    public TaskBuilder table(long value, String name) {
      tableId = value;
      srcTableName = name;
      dstTableName = name;
      return this;
    }

    public TaskBuilder dst(String db, String tableName) {
      dstDbName = db;
      dstTableName = tableName;
      return this;
    }

    public TaskBuilder partitions(long... ids) {
      partitions = partitionIds(ids);
      return this;
    }

    public TaskBuilder status(TaskStatus value) {
      status = value;
      return this;
    }

    public TaskBuilder lease(String owner, Instant expiresAt) {
      lease = Optional.of(new Lease(owner, expiresAt));
      return this;
    }

    public TaskBuilder stopped(boolean value) {
      stopped = value;
      return this;
    }

    /** Failed with an automatic retry due at {@code at}; the status must be a *_FAILED one. */
    public TaskBuilder retryDueAt(Instant at) {
      nextAttemptAt = Optional.of(at);
      return this;
    }

    public TaskBuilder version(long value) {
      version = value;
      return this;
    }

    public TaskBuilder startTime(Instant value) {
      startTime = Optional.of(value);
      return this;
    }

    public Task build() {
      return new Task(new TaskId(id), new JobId(jobId), new SourceId(sourceId),
          new DatabaseId(dbId), new TableId(tableId), new DatabaseName(srcDbName),
          new TableName(srcTableName), dstDbName, dstTableName, "table", partitions, status, lease,
          stopped, 0, 0, nextAttemptAt, version, T0, startTime,
          status.done() ? Optional.of(T0) : Optional.empty());
    }
  }

  /** A timer; defaults: name {@code timer-<id>} over {@code db1}, daily at 01:00, running. */
  public static final class TimerBuilder {
    private final long id;
    private final long sourceId;
    private String name;
    private String srcDbName = "db1";
    private List<TableName> tables = List.of();
    private boolean stopped;

    private TimerBuilder(long id, long sourceId) {
      this.id = id;
      this.sourceId = sourceId;
      this.name = "timer-" + id;
    }

    public TimerBuilder name(String value) {
      name = value;
      return this;
    }

    public TimerBuilder srcDbName(String value) {
      srcDbName = value;
      return this;
    }

    public TimerBuilder tables(String... names) {
      tables = Arrays.stream(names).map(TableName::new).toList();
      return this;
    }

    public TimerBuilder stopped(boolean value) {
      stopped = value;
      return this;
    }

    public Timer build() {
      var defaults = JobConfig.defaults();
      var config = new JobConfig(tables, List.of(), List.of(), List.of(), Map.of(), Map.of(),
          Map.of(), defaults.increment(), defaults.enableVerification(),
          defaults.enableSchemaMigration(), defaults.enableDataMigration(), false, Optional.empty(),
          Optional.empty(), Map.of());
      return new Timer(new TimerId(id), new TimerName(name), new SourceId(sourceId),
          new DatabaseId(1), new DatabaseName(srcDbName), new Schedule.Daily(LocalTime.of(1, 0)),
          config, stopped, T0, T0, Optional.empty());
    }
  }
}
