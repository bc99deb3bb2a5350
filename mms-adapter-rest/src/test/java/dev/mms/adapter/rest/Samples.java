package dev.mms.adapter.rest;

import dev.mms.application.port.in.catalog.DatabaseView;
import dev.mms.application.port.in.catalog.PartitionView;
import dev.mms.application.port.in.catalog.TableView;
import dev.mms.application.port.in.datasource.ConfigEntry;
import dev.mms.application.port.in.datasource.DataSourceView;
import dev.mms.application.port.in.task.TaskView;
import dev.mms.application.port.in.timer.TimerLogView;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
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
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.name.ColumnName;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.name.TimerName;
import dev.mms.domain.plan.Plan;
import dev.mms.domain.plan.PlannedTask;
import dev.mms.domain.plan.Skipped;
import dev.mms.domain.source.ConfigItem;
import dev.mms.domain.source.ConfigItemType;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One fixed value of every domain type the API shows, with times chosen so that the golden files
 * read them in Asia/Shanghai (UTC+8): 2024-12-17T07:44:17Z is {@code 2024-12-17 15:44:17}.
 */
public final class Samples {
  public static final Instant T1 = Instant.parse("2024-12-17T07:44:17Z");
  public static final Instant T2 = Instant.parse("2024-12-17T08:00:05Z");
  public static final SourceId SOURCE = new SourceId(2000015);
  public static final SourceName SOURCE_NAME = new SourceName("demo");

  private Samples() {}

  public static <T> Page<T> page(List<T> items, long total, int pageNum, int pageSize) {
    return new Page<>(items, total, new PageRequest(pageNum, pageSize));
  }

  public static DataSource dataSource() {
    var config = new LinkedHashMap<String, ConfigValue>();
    config.put("mc.default.project", new ConfigValue.Text("mms_test"));
    config.put("jdbc.password", new ConfigValue.Text(DataSource.MASK));
    return new DataSource(
        SOURCE,
        SOURCE_NAME,
        DataSourceType.JDBC,
        Optional.of("cn-hangzhou"),
        Optional.of("vpc-uf6pc2vordian33gobzfr:cn-shanghai"),
        DataSourceStatus.STARTED,
        Optional.empty(),
        config,
        T1,
        Optional.of(T2),
        Optional.of(new AsyncTaskId(1000002)));
  }

  public static ConfigItem configItem() {
    return new ConfigItem(
        "task.partition.max.num",
        "Partitions per task",
        "How many partitions a task holds at most",
        ConfigItemType.INT,
        Optional.empty(),
        Optional.of("50"),
        false,
        List.of(),
        "group.task",
        Optional.of(new ConfigValue.Number(new BigDecimal("50"))));
  }

  public static DataSourceView dataSourceView() {
    var hints =
        new ConfigValue.Mapping(Map.of("odps.sql.decimal.odps2", new ConfigValue.Flag(true)));
    var mapItem =
        new ConfigItem(
            "mc.sql.hints",
            "SQL hints",
            "Hints for MaxCompute SQL",
            ConfigItemType.MAP,
            Optional.empty(),
            Optional.empty(),
            false,
            List.of(),
            "group.basic",
            Optional.empty());
    return new DataSourceView(
        dataSource(),
        3,
        new StatusCounts(75, 70, 1, 2, 1, 1),
        new StatusCounts(215, 200, 5, 8, 2, 0),
        Optional.of(scan()),
        List.of(
            new ConfigEntry(
                configItem(), Optional.of(new ConfigValue.Number(new BigDecimal("20")))),
            new ConfigEntry(mapItem, Optional.of(hints))));
  }

  public static AsyncTask scan() {
    return new AsyncTask(
        new AsyncTaskId(1000002),
        SOURCE,
        AsyncTaskType.SCAN,
        OptionalLong.empty(),
        AsyncTaskStatus.DONE,
        AsyncTask.COMPLETE,
        Optional.of("{\"databases\":5,\"tables\":75,\"partitions\":215}"),
        Optional.empty(),
        T1,
        Optional.of(T1),
        Optional.of(T2),
        T2);
  }

  public static AsyncTask jobCreation() {
    return new AsyncTask(
        new AsyncTaskId(100),
        SOURCE,
        AsyncTaskType.TASK_CREATE,
        OptionalLong.of(88),
        AsyncTaskStatus.DOING,
        5000,
        Optional.empty(),
        Optional.empty(),
        T1,
        Optional.of(T1),
        Optional.empty(),
        T1);
  }

  public static DatabaseView databaseView() {
    var db =
        new Database(
            new DatabaseId(11),
            SOURCE,
            new DatabaseName("mms_test"),
            Optional.of("test data"),
            Optional.of("hive"),
            Optional.of("hdfs://nn/warehouse/mms_test.db"),
            Optional.empty(),
            Optional.of(T1),
            1200,
            4096,
            MigrationStatus.PART_DONE,
            false,
            Optional.of("pj"),
            Optional.of("mms_test"),
            T1,
            T2,
            false);
    return new DatabaseView(
        db,
        SOURCE_NAME.value(),
        new StatusCounts(3, 1, 0, 1, 0, 1),
        new StatusCounts(4, 2, 0, 2, 0, 0));
  }

  public static Table table() {
    var schema =
        new TableSchema(
            List.of(
                new Column(
                    new ColumnName("id"), "BIGINT", Optional.of("key"), Optional.empty(), false),
                Column.of("name", "STRING")),
            List.of(Column.of("p1", "STRING"), Column.of("p2", "INT")),
            Optional.of("orders"));
    return new Table(
        new TableId(21),
        SOURCE,
        new DatabaseId(11),
        new DatabaseName("mms_test"),
        new TableName("orders"),
        "MANAGED_TABLE",
        schema,
        Optional.of("hive"),
        Optional.empty(),
        Optional.of("org.apache.hadoop.mapred.TextInputFormat"),
        Optional.empty(),
        Optional.empty(),
        Optional.of("{\"field.delim\":\",\"}"),
        Optional.of(T1),
        1000,
        2048,
        MigrationStatus.DOING,
        true,
        Optional.of("pj"),
        Optional.empty(),
        Optional.empty(),
        T1,
        T2,
        false);
  }

  public static TableView tableView() {
    return new TableView(table(), SOURCE_NAME.value(), new StatusCounts(4, 1, 1, 2, 0, 0));
  }

  public static PartitionView partitionView() {
    var partition =
        new Partition(
            new PartitionId(31),
            SOURCE,
            new DatabaseId(11),
            new DatabaseName("mms_test"),
            new TableId(21),
            new TableName("orders"),
            PartitionSpec.of("p1", "abc", "p2", "1"),
            Optional.of(T1),
            OptionalLong.of(10),
            OptionalLong.empty(),
            MigrationStatus.DONE,
            false,
            T1,
            T2,
            false);
    return new PartitionView(
        partition,
        SOURCE_NAME.value(),
        Optional.of("pj"),
        Optional.empty(),
        "orders",
        "p1=abc/p2=1");
  }

  public static JobConfig jobConfig() {
    var filters = new LinkedHashMap<TableName, String>();
    filters.put(new TableName("t1"), "p1 >= '2022-03-04' and p2 in (1,2)");
    return new JobConfig(
        List.of(new TableName("t1"), new TableName("t2")),
        List.of(),
        List.of(),
        List.of(),
        filters,
        Map.of(new TableName("t2"), new TableName("t2_copy")),
        Map.of("c1", "c1_new"),
        true,
        true,
        true,
        true,
        false,
        Optional.empty(),
        Optional.empty(),
        Map.of("spark.executor.mem", new ConfigValue.Text("2g")));
  }

  public static JobSummary jobSummary() {
    var job =
        new Job(
            new JobId(88),
            new JobName("migrate_db_1"),
            SOURCE,
            SOURCE_NAME,
            new DatabaseId(11),
            new DatabaseName("src_db"),
            Optional.empty(),
            "mms_test",
            Optional.of("default"),
            jobConfig(),
            Optional.of(new Eta(LocalDate.of(2025, 2, 4))),
            false,
            Optional.empty(),
            T1);
    return new JobSummary(job, new TaskTally(4, 1, 2, 0));
  }

  public static Plan plan() {
    var partition = partitionView().partition();
    return new Plan(
        List.of(table()),
        List.of(new PlannedTask(table(), "orders", List.of(partition), 2048, 10, false)),
        List.of(
            new Skipped(
                new TableName("t2"),
                Optional.of(PartitionSpec.of("p1", "x")),
                "in live task 4023")),
        new Plan.Totals(1, 1, 2048, 10, 1),
        List.of("tableWhiteList is ignored because tableBlackList is also given"));
  }

  public static TaskView taskView() {
    var task =
        new Task(
            new TaskId(4023),
            new JobId(88),
            SOURCE,
            new DatabaseId(11),
            new TableId(21),
            new DatabaseName("src_db"),
            new TableName("t1"),
            "mms_test",
            "t1",
            "MOCK",
            List.of(new PartitionId(31)),
            TaskStatus.DATA_DOING,
            Optional.of(new Lease("worker-1", T2)),
            false,
            1,
            0,
            Optional.empty(),
            7,
            T1,
            Optional.of(T1),
            Optional.empty());
    return new TaskView(task, "migrate_db_1", SOURCE_NAME.value());
  }

  public static TaskLog taskLog() {
    return new TaskLog(
        new TaskLogId(10000),
        new TaskId(4023),
        SOURCE,
        TaskStatus.SCHEMA_DONE,
        "create table if not exists mms_test.t1 (id bigint)",
        "ok",
        T1);
  }

  public static Timer timer() {
    return new Timer(
        new TimerId(1),
        new TimerName("planA"),
        SOURCE,
        new DatabaseId(11),
        new DatabaseName("src_db"),
        new Schedule.Daily(LocalTime.of(2, 30)),
        jobConfig(),
        false,
        Instant.parse("2024-11-07T02:27:01.757Z"),
        Instant.parse("2026-04-01T02:18:01.250Z"),
        Optional.empty());
  }

  public static TimerLogView timerLogView() {
    var log =
        new TimerLog(
            new TimerLogId(5),
            new TimerId(1),
            SOURCE,
            Optional.of(jobCreation().id()),
            "start job",
            "start job success",
            T1);
    return new TimerLogView(log, Optional.of(JobStatus.INIT));
  }
}
