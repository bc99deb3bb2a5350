package dev.mms.application.service.timer;

import static dev.mms.application.service.FixedCatalogReader.db;
import static dev.mms.application.service.FixedCatalogReader.partitioned;
import static dev.mms.application.service.FixedCatalogReader.plain;
import static dev.mms.application.service.Fixture.all;
import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.DeleteJobUseCase.DeleteJobCommand;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.job.ListJobsUseCase.ListJobsQuery;
import dev.mms.application.port.in.timer.CreateTimerUseCase.CreateTimerCommand;
import dev.mms.application.port.in.timer.DeleteTimerUseCase.DeleteTimerCommand;
import dev.mms.application.port.in.timer.GetTimerUseCase.GetTimerQuery;
import dev.mms.application.port.in.timer.ListTimerLogsUseCase.ListTimerLogsQuery;
import dev.mms.application.port.in.timer.ListTimersUseCase.ListTimersQuery;
import dev.mms.application.port.in.timer.TimerLogView;
import dev.mms.application.port.in.timer.TriggerTimerUseCase.TriggerTimerCommand;
import dev.mms.application.port.in.timer.UpdateTimerUseCase.UpdateTimerCommand;
import dev.mms.application.service.AsyncRunner;
import dev.mms.application.service.Fixture;
import dev.mms.application.service.job.JobFactory;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.Schedule;
import dev.mms.domain.timer.TimerId;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimerServiceTest {
  private final Fixture f = new Fixture();
  private final SourceId pg = f.scannedSource("pg",
      db("sales", plain("users", 10), partitioned("orders", 5, "1", "2")));

  @Test
  void a_timer_keeps_its_schedule_and_job_config() {
    var id = daily("nightly", "02:30");

    var timer = right(f.timers.getTimer(new GetTimerQuery(pg.value(), id.value())));

    assertThat(timer.schedule()).isEqualTo(new Schedule.Daily(LocalTime.of(2, 30)));
    assertThat(timer.config().tables()).extracting(t -> t.value()).containsExactly("orders");
    assertThat(timer.stopped()).isFalse();
  }

  @Test
  void a_bad_schedule_and_a_missing_name_are_reported_together() {
    var result = f.timers.createTimer(new CreateTimerCommand(pg.value(), "", "sales", "Weekly", "1",
        JobConfigInput.EMPTY));

    assertThat(result.getLeft().message()).contains("name is required").contains("expected Daily or Hourly");
  }

  @Test
  void a_timer_needs_a_scanned_database() {
    var result = f.timers.createTimer(new CreateTimerCommand(pg.value(), "t", "nowhere", "Hourly", "15",
        JobConfigInput.EMPTY));

    assertThat(result.getLeft().message()).contains("database nowhere is not in the catalog");
  }

  @Test
  void a_timer_config_is_checked_against_the_catalog_at_creation() {
    var result = f.timers.createTimer(new CreateTimerCommand(pg.value(), "t", "sales", "Hourly", "15",
        JobConfigInput.EMPTY.withTables(List.of("orders")).withPartitionFilters(Map.of("orders", "nope = 1"))));

    assertThat(result.getLeft().code()).isEqualTo("InvalidPartitionFilter");
    assertThat(result.getLeft().message()).contains("orders");
  }

  @Test
  void timers_are_listed_by_name_and_stop_flag() {
    daily("nightly", "02:30");
    var paused = daily("paused", "03:00");
    f.timers.updateTimer(new UpdateTimerCommand(pg.value(), paused.value(), Optional.empty(),
        Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty()));

    var running = right(f.timers.listTimers(new ListTimersQuery(pg.value(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(false), PageParams.DEFAULT)));

    assertThat(running.items()).extracting(t -> t.name().value()).containsExactly("nightly");
  }

  @Test
  void an_update_changes_the_schedule_and_checks_the_new_pair() {
    var id = daily("nightly", "02:30");

    right(f.timers.updateTimer(new UpdateTimerCommand(pg.value(), id.value(), Optional.of("Hourly"),
        Optional.of("15"), Optional.empty(), Optional.of(List.of("tmp")), Optional.empty())));
    var bad = f.timers.updateTimer(new UpdateTimerCommand(pg.value(), id.value(), Optional.empty(),
        Optional.of("75"), Optional.empty(), Optional.empty(), Optional.empty()));

    var timer = right(f.timers.getTimer(new GetTimerQuery(pg.value(), id.value())));
    assertThat(timer.schedule()).isEqualTo(new Schedule.Hourly(15));
    assertThat(timer.config().tableWhiteList()).extracting(t -> t.value()).containsExactly("tmp");
    assertThat(bad.getLeft().message()).contains("minute MM").contains("75");
  }

  @Test
  void a_trigger_creates_a_job_now_and_logs_it() {
    var id = daily("nightly", "02:30");

    assertThat(right(f.timers.triggerTimer(new TriggerTimerCommand(pg.value(), id.value())))).isEqualTo(id);

    var jobs = right(f.jobs.listJobs(new ListJobsQuery(pg.value(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(id.value()), Map.of(), all())));
    assertThat(jobs.items()).singleElement().satisfies(s -> {
      assertThat(s.job().name().value()).startsWith("nightly_");
      assertThat(s.job().config().increment()).isTrue();
      assertThat(s.tally().total()).isEqualTo(1);
    });
    assertThat(logs(f.timers, id)).singleElement().satisfies(l -> {
      assertThat(l.log().action()).isEqualTo("start job");
      assertThat(l.log().msg()).isEqualTo("start job success");
      assertThat(l.jobStatus()).contains(JobStatus.INIT);
      var creation = f.store.asyncTasks().findById(pg, l.log().asyncTaskId().orElseThrow()).get();
      assertThat(creation.type()).isEqualTo(AsyncTaskType.TASK_CREATE);
      assertThat(creation.status()).isEqualTo(AsyncTaskStatus.DONE);
      assertThat(creation.objectId()).hasValue(jobs.items().get(0).job().id().value());
    });
  }

  @Test
  void a_firing_shows_its_job_as_init_while_it_is_stored_and_failed_when_it_cannot_be() {
    var pending = new ArrayList<Runnable>();
    var deferred = deferredTimers(pending);
    var id = daily("nightly", "02:30");

    right(deferred.triggerTimer(new TriggerTimerCommand(pg.value(), id.value())));
    var whileStoring = logs(deferred, id);
    // A user's job takes the firing's partitions before the firing's job is stored.
    right(f.jobs.createJob(new CreateJobCommand(pg.value(), "manual", "sales", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(),
        JobConfigInput.EMPTY.withTables(List.of("orders")))));
    pending.forEach(Runnable::run);
    var afterwards = logs(deferred, id);

    assertThat(whileStoring).singleElement().satisfies(l -> assertThat(l.jobStatus()).contains(JobStatus.INIT));
    assertThat(afterwards).singleElement().satisfies(l -> assertThat(l.jobStatus()).contains(JobStatus.FAILED));
  }

  @Test
  void a_firing_whose_job_was_deleted_shows_no_status() {
    var id = daily("nightly", "02:30");
    right(f.timers.triggerTimer(new TriggerTimerCommand(pg.value(), id.value())));
    var jobId = f.store.jobs().findBySource(pg).get(0).id();

    right(f.jobs.deleteJob(new DeleteJobCommand(pg.value(), jobId.value())));

    assertThat(logs(f.timers, id)).singleElement().satisfies(l -> assertThat(l.jobStatus()).isEmpty());
  }

  @Test
  void a_trigger_that_cannot_create_a_job_logs_why() {
    var id = daily("nightly", "02:30");
    f.dataSources.updateDataSource(new UpdateDataSourceCommand(pg.value(), "STOP", Optional.empty(), Map.of(), false));

    right(f.timers.triggerTimer(new TriggerTimerCommand(pg.value(), id.value())));

    assertThat(logs(f.timers, id)).singleElement().satisfies(l -> {
      assertThat(l.log().msg()).contains("STOPPED");
      assertThat(l.log().asyncTaskId()).isEmpty();
      assertThat(l.jobStatus()).isEmpty();
    });
  }

  @Test
  void a_due_timer_fires_once() {
    f.clock.set(Instant.parse("2025-03-01T10:00:00Z"));
    var id = daily("nightly", "02:30");

    var early = f.timers.fireDueTimers(Instant.parse("2025-03-02T02:29:00Z"));
    var due = f.timers.fireDueTimers(Instant.parse("2025-03-02T02:31:00Z"));
    var again = f.timers.fireDueTimers(Instant.parse("2025-03-02T02:45:00Z"));

    assertThat(early).isEmpty();
    assertThat(due).containsExactly(id);
    assertThat(again).isEmpty();
  }

  @Test
  void a_stopped_timer_does_not_fire() {
    var id = daily("nightly", "02:30");
    f.timers.updateTimer(new UpdateTimerCommand(pg.value(), id.value(), Optional.empty(),
        Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty()));

    assertThat(f.timers.fireDueTimers(Instant.parse("2025-03-05T00:00:00Z"))).isEmpty();
  }

  @Test
  void a_deleted_timer_is_gone_and_an_unknown_one_is_not_found() {
    var id = daily("nightly", "02:30");

    right(f.timers.deleteTimer(new DeleteTimerCommand(pg.value(), id.value())));

    assertThat(f.timers.getTimer(new GetTimerQuery(pg.value(), id.value())).getLeft().code())
        .isEqualTo("EntityNotExist.Timer");
    assertThat(f.timers.triggerTimer(new TriggerTimerCommand(pg.value(), 99)).getLeft().code())
        .isEqualTo("EntityNotExist.Timer");
  }

  private List<TimerLogView> logs(TimerService service, TimerId id) {
    return right(service.listTimerLogs(new ListTimerLogsQuery(pg.value(), id.value(), PageParams.DEFAULT))).items();
  }

  /** The timer service on the fixture's store, with async work left in {@code pending} until run. */
  private TimerService deferredTimers(List<Runnable> pending) {
    var async = new AsyncRunner(f.store.asyncTasks(), f.store.ids(), f.clock, pending::add);
    var factory = new JobFactory(f.store.databases(), f.store.tables(), f.store.partitions(),
        f.store.jobs(), f.store.tasks(), async, f.store.ids(), f.store.transactions(), f.clock);
    return new TimerService(f.store.dataSources(), f.store.timers(), f.store.timerLogs(),
        f.store.jobs(), f.store.asyncTasks(), factory, f.store.ids(), f.store.transactions(),
        f.clock);
  }

  private TimerId daily(String name, String at) {
    return right(f.timers.createTimer(new CreateTimerCommand(pg.value(), name, "sales", "Daily", at,
        JobConfigInput.EMPTY.withTables(List.of("orders")))));
  }
}
