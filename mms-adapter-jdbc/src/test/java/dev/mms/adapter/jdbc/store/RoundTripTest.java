package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.port.query.DataSourceQuery;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.TimerQuery;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What goes into the store comes back equal, whatever the database. */
class RoundTripTest {

  static JobConfig config() {
    var filters = new LinkedHashMap<TableName, String>();
    filters.put(new TableName("b"), "ds >= '2025-01-01'");
    filters.put(new TableName("a"), "region = \"eu\"");
    var others = new LinkedHashMap<String, ConfigValue>();
    others.put("quota", new ConfigValue.Number(new BigDecimal("1.50")));
    others.put("hints", new ConfigValue.Mapping(Map.of("k", new ConfigValue.Flag(true))));
    others.put("list", new ConfigValue.Items(List.of(ConfigValue.text("x"), new ConfigValue.Number(BigDecimal.TEN))));
    return new JobConfig(List.of(new TableName("a"), new TableName("b")), List.of(new PartitionId(3)),
        List.of(new TableName("w")), List.of(), filters, Map.of(new TableName("a"), new TableName("a2")),
        Map.of("c1", "c2"), false, true, true, false, true, Optional.of("t"), Optional.empty(), others);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void data_sources_keep_their_config_exactly(Kind kind) {
    var store = TestDatabases.store(kind);
    var config = new LinkedHashMap<String, ConfigValue>();
    config.put("jdbc.url", ConfigValue.text("jdbc:h2:mem:x"));
    config.put("task.partition.max.num", new ConfigValue.Number(new BigDecimal("50")));
    config.put("jdbc.partition.columns", new ConfigValue.Mapping(Map.of("t", ConfigValue.text("ds,hh"))));
    var name = "Source-" + store.ids().next(Sequence.DATA_SOURCE);
    var source = new DataSource(new SourceId(store.ids().next(Sequence.DATA_SOURCE)), new SourceName(name),
        DataSourceType.JDBC, Optional.of("cn-hangzhou"), Optional.empty(), DataSourceStatus.STARTED,
        Optional.empty(), config, Fixtures.T0, Optional.of(Fixtures.T0), Optional.of(new AsyncTaskId(4)));

    store.dataSources().insert(source);
    var listed = store.dataSources().find(new DataSourceQuery(Optional.of(name.toLowerCase()),
        Optional.of(DataSourceType.JDBC), Optional.of("cn-hangzhou"), PageRequest.ALL));

    assertThat(store.dataSources().findById(source.id())).contains(source);
    assertThat(listed.items()).containsExactly(source);
    assertThat(listed.total()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void jobs_keep_their_config_eta_and_timer(Kind kind) {
    var store = TestDatabases.store(kind);
    var job = new Job(new JobId(store.ids().next(Sequence.JOB)), new JobName("nightly"),
        Fixtures.source(store.ids()), new SourceName("src"), new DatabaseId(2), new DatabaseName("db"),
        Optional.of("public"), "dst", Optional.empty(), config(), Optional.of(new Eta(LocalDate.of(2025, 6, 30))),
        true, Optional.of(new TimerId(8)), Fixtures.T0);

    store.jobs().insert(job);
    store.jobs().update(job.resume());

    assertThat(store.jobs().findById(job.sourceId(), job.id()).map(s -> s.job())).contains(job.resume());
    assertThat(store.jobs().findBySource(job.sourceId())).containsExactly(job.resume());
    assertThat(store.jobs().findById(new SourceId(job.sourceId().value() + 1), job.id())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void timers_are_found_by_the_tables_of_their_config(Kind kind) {
    var store = TestDatabases.store(kind);
    var source = Fixtures.source(store.ids());
    var timer = new Timer(new TimerId(store.ids().next(Sequence.TIMER)), new TimerName("hourly"), source,
        new DatabaseId(2), new DatabaseName("db"), new Schedule.Daily(LocalTime.of(2, 30)), config(), false,
        Fixtures.T0, Fixtures.T0, Optional.empty());
    store.timers().insert(timer);
    var log = new TimerLog(new TimerLogId(store.ids().next(Sequence.TIMER_LOG)), timer.id(), source,
        Optional.of(new AsyncTaskId(5)), "fire", "job 5 created", Fixtures.T0);
    var newer = new TimerLog(new TimerLogId(store.ids().next(Sequence.TIMER_LOG)), timer.id(), source,
        Optional.empty(), "fire", "nothing new", Fixtures.T0.plusSeconds(3600));
    store.timerLogs().append(log);
    store.timerLogs().append(newer);

    var byTable = store.timers().find(new TimerQuery(source, Optional.empty(), Optional.empty(),
        Optional.of("b"), Optional.of(false), PageRequest.ALL));
    var other = store.timers().find(new TimerQuery(source, Optional.empty(), Optional.empty(),
        Optional.of("w"), Optional.empty(), PageRequest.ALL));

    assertThat(store.timers().findById(source, timer.id())).contains(timer);
    assertThat(byTable.items()).containsExactly(timer);
    assertThat(other.items()).isEmpty();
    assertThat(store.timers().findActive()).contains(timer);
    assertThat(store.timerLogs().find(timer.id(), PageRequest.ALL).items()).containsExactly(newer, log);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void async_tasks_and_task_logs_come_back_as_written(Kind kind) {
    var store = TestDatabases.store(kind);
    var source = Fixtures.source(store.ids());
    var running = AsyncTask.started(new AsyncTaskId(store.ids().next(Sequence.ASYNC_TASK)), source,
        AsyncTaskType.SCAN, Fixtures.T0);
    var finished = running.succeeded(OptionalLong.of(42), "scanned 3 tables", Fixtures.T0.plusSeconds(5)).get();
    var log = new TaskLog(new TaskLogId(store.ids().next(Sequence.TASK_LOG)), new TaskId(77), source,
        TaskStatus.SCHEMA_DOING, "CREATE TABLE x (id BIGINT)", "ok", Fixtures.T0);

    store.asyncTasks().insert(running);
    var whileRunning = store.asyncTasks().findRunning();
    store.asyncTasks().update(finished);
    store.taskLogs().append(log);

    assertThat(whileRunning).contains(running);
    assertThat(store.asyncTasks().findById(source, running.id())).contains(finished);
    assertThat(store.asyncTasks().findRunning()).doesNotContain(running);
    assertThat(store.taskLogs().findByTask(new TaskId(77))).containsExactly(log);
  }
}
