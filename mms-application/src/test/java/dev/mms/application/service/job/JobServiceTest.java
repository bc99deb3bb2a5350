package dev.mms.application.service.job;

import static dev.mms.application.service.FixedCatalogReader.db;
import static dev.mms.application.service.FixedCatalogReader.partitioned;
import static dev.mms.application.service.FixedCatalogReader.plain;
import static dev.mms.application.service.Fixture.all;
import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.DeleteJobUseCase.DeleteJobCommand;
import dev.mms.application.port.in.job.GetJobUseCase.GetJobQuery;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.job.ListJobsUseCase.ListJobsQuery;
import dev.mms.application.port.in.job.PlanJobUseCase.PlanJobCommand;
import dev.mms.application.port.in.job.RetryJobUseCase.RetryJobCommand;
import dev.mms.application.port.in.job.StartJobUseCase.StartJobCommand;
import dev.mms.application.port.in.job.StopJobUseCase.StopJobCommand;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase.GetAsyncTaskQuery;
import dev.mms.application.service.Fixture;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobScope;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobServiceTest {
  private final Fixture f = new Fixture();
  private final SourceId pg = f.scannedSource("pg",
      db("sales", plain("users", 10), partitioned("orders", 5, "1", "2", "3"), plain("tmp", 1)));

  @Test
  void a_created_job_is_an_async_task_whose_object_is_the_job() {
    var asyncId = right(f.jobs.createJob(job("j1", "sales", JobConfigInput.EMPTY.withTables(List.of("users", "orders")))));

    var async = right(f.metadata.getAsyncTask(new GetAsyncTaskQuery(pg.value(), asyncId.value())));
    assertThat(async.type()).isEqualTo(AsyncTaskType.TASK_CREATE);
    assertThat(async.status()).isEqualTo(AsyncTaskStatus.DONE);
    var jobId = new JobId(async.objectId().getAsLong());
    var summary = right(f.jobs.getJob(new GetJobQuery(pg.value(), jobId.value())));
    assertThat(summary.job().name().value()).isEqualTo("j1");
    assertThat(summary.job().scope()).isEqualTo(JobScope.Tables);
    assertThat(summary.job().dstDbName()).isEqualTo("sales");
    assertThat(summary.status()).isEqualTo(JobStatus.INIT);
    assertThat(summary.tally().total()).isEqualTo(2);
    assertThat(f.store.tasks().findByJob(jobId)).allSatisfy(t -> {
      assertThat(t.type()).isEqualTo("JDBC");
      assertThat(t.status()).isEqualTo(TaskStatus.INIT);
    });
  }

  @Test
  void a_database_job_takes_every_table_but_the_blacklisted_into_the_named_destination() {
    var config = new JobConfigInput(List.of(), List.of(), List.of(), List.of("tmp"), Map.of(), Map.of(),
        Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of());

    var jobId = createdJob(new CreateJobCommand(pg.value(), "all", "sales", Optional.empty(),
        Optional.of("dst_sales"), Optional.empty(), Optional.of("2025-04-01"), config));

    var tasks = f.store.tasks().findByJob(jobId);
    assertThat(tasks).extracting(t -> t.srcTableName().value()).containsExactlyInAnyOrder("users", "orders");
    assertThat(tasks).extracting(Task::dstDbName).containsOnly("dst_sales");
    assertThat(f.store.jobs().findById(pg, jobId).get().job().eta()).isPresent();
  }

  @Test
  void missing_name_and_database_and_a_bad_eta_are_reported_together() {
    var result = f.jobs.createJob(new CreateJobCommand(pg.value(), "", "", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of("next week"), JobConfigInput.EMPTY));

    assertThat(result.getLeft().message())
        .contains("name is required").contains("srcDbName is required").contains("eta: expected a date");
  }

  @Test
  void a_database_that_was_never_scanned_is_refused_with_a_hint() {
    var result = f.jobs.createJob(job("j", "nowhere", JobConfigInput.EMPTY));

    assertThat(result.getLeft().message()).contains("database nowhere is not in the catalog").contains("scan it first");
  }

  @Test
  void a_stopped_source_or_a_source_without_engine_gets_no_job() {
    f.dataSources.updateDataSource(new UpdateDataSourceCommand(pg.value(), "STOP", Optional.empty(), Map.of(), false));
    var hive = right(f.dataSources.createDataSource(new CreateDataSourceCommand("hive", "HIVE",
        Map.of("hive.metastore.urls", ConfigValue.text("thrift://h:9083"),
            "hive.jdbc.url", ConfigValue.text("jdbc:hive2://h"),
            "hive.jdbc.username", ConfigValue.text("hive"),
            "mc.default.project", ConfigValue.text("pj")),
        Optional.empty(), Optional.empty())));

    var stopped = f.jobs.createJob(job("j", "sales", JobConfigInput.EMPTY));
    var noEngine = f.jobs.createJob(new CreateJobCommand(hive.value(), "j", "sales", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), JobConfigInput.EMPTY));

    assertThat(stopped.getLeft().code()).isEqualTo("IllegalStateTransition");
    assertThat(noEngine.getLeft().message()).contains("type HIVE have no migration engine");
  }

  @Test
  void a_filter_that_does_not_parse_names_its_table() {
    var result = f.jobs.createJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("orders"))
        .withPartitionFilters(Map.of("orders", "ds >>= '1'"))));

    assertThat(result.getLeft().code()).isEqualTo("InvalidPartitionFilter");
    assertThat(result.getLeft().message()).contains("orders");
  }

  @Test
  void unknown_tables_in_the_scope_are_listed() {
    var result = f.jobs.createJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users", "ghost"))));

    assertThat(result.getLeft().message()).contains("ghost");
  }

  @Test
  void a_dry_run_plans_without_creating_anything() {
    var plan = right(f.jobs.planJob(new PlanJobCommand(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("orders"))))));

    assertThat(plan.totals().partitions()).isEqualTo(3);
    assertThat(plan.tasks()).hasSize(1);
    assertThat(f.store.jobs().findBySource(pg)).isEmpty();
  }

  @Test
  void partitions_in_a_live_task_are_not_planned_again() {
    createdJob(job("first", "sales", JobConfigInput.EMPTY.withTables(List.of("orders"))));

    var plan = right(f.jobs.planJob(new PlanJobCommand(job("second", "sales",
        JobConfigInput.EMPTY.withTables(List.of("orders")).withIncrement(false)))));

    assertThat(plan.tasks()).isEmpty();
    assertThat(plan.skipped()).allSatisfy(s -> assertThat(s.reason()).contains("in live task"));
  }

  @Test
  void a_job_planned_before_another_took_its_partitions_is_not_stored() {
    var command = job("late", "sales", JobConfigInput.EMPTY.withTables(List.of("orders")));
    var draft = right(f.jobFactory.draft(f.store.dataSources().findById(pg).get(),
        new JobFactory.JobRequest(new JobName("late"),
            new DatabaseName("sales"), Optional.empty(), "sales",
            Optional.empty(), Optional.empty(), JobConfigs.from(command.config()).get())));
    createdJob(job("early", "sales", JobConfigInput.EMPTY.withTables(List.of("orders"))));

    var created = f.jobFactory.create(f.store.dataSources().findById(pg).get(), draft, Optional.empty());

    var async = f.store.asyncTasks().findById(pg, created.asyncTaskId()).get();
    assertThat(async.status()).isEqualTo(AsyncTaskStatus.FAILED);
    assertThat(async.errorMsg()).hasValueSatisfying(m -> assertThat(m).contains("was taken by task"));
    assertThat(f.store.jobs().findById(pg, created.jobId()).isEmpty()).isTrue();
  }

  @Test
  void jobs_are_listed_by_status_and_bad_filters_are_named() {
    createdJob(job("j1", "sales", JobConfigInput.EMPTY.withTables(List.of("users"))));

    var init = right(f.jobs.listJobs(jobs(Optional.of("INIT"), Map.of("status", "asc"))));
    var bad = f.jobs.listJobs(jobs(Optional.of("RUNNING"), Map.of("name", "asc")));

    assertThat(init.items()).extracting(s -> s.job().name().value()).containsExactly("j1");
    assertThat(bad.getLeft().message()).contains("RUNNING").contains("sorter.name");
  }

  @Test
  void list_jobs_names_a_missing_source_and_lists_none_of_a_source_without_jobs() {
    createdJob(job("j1", "sales", JobConfigInput.EMPTY.withTables(List.of("users"))));
    var none = Optional.<String>empty();

    assertThat(f.jobs.listJobs(jobsOf(0, none)).getLeft().code()).isEqualTo("InvalidParameter");
    assertThat(f.jobs.listJobs(jobsOf(999, none)).getLeft().code())
        .isEqualTo("EntityNotExist.DataSource");
    assertThat(f.jobs.listJobs(jobsOf(999, Optional.of("j1"))).getLeft().code())
        .isEqualTo("EntityNotExist.DataSource");
    var empty = right(f.jobs.listJobs(jobsOf(pg.value(), Optional.of("nothing like it"))));
    assertThat(empty.items()).isEmpty();
    assertThat(empty.total()).isZero();
    assertThat(right(f.jobs.listJobs(jobsOf(pg.value(), none))).total()).isEqualTo(1);
  }

  @Test
  void an_unknown_job_is_not_found() {
    assertThat(f.jobs.getJob(new GetJobQuery(pg.value(), 77)).getLeft().code()).isEqualTo("EntityNotExist.Job");
    assertThat(f.jobs.stopJob(new StopJobCommand(pg.value(), 77)).getLeft().code()).isEqualTo("EntityNotExist.Job");
  }

  @Test
  void get_job_names_what_is_missing_in_the_order_it_is_addressed() {
    var jobId = createdJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users"))));

    assertThat(f.jobs.getJob(new GetJobQuery(0, jobId.value())).getLeft().code()).isEqualTo("InvalidParameter");
    assertThat(f.jobs.getJob(new GetJobQuery(999, -1)).getLeft().code()).isEqualTo("EntityNotExist.DataSource");
    assertThat(f.jobs.getJob(new GetJobQuery(999, jobId.value())).getLeft().code()).isEqualTo("EntityNotExist.DataSource");
    assertThat(f.jobs.getJob(new GetJobQuery(pg.value(), -1)).getLeft().code()).isEqualTo("InvalidParameter");
    assertThat(f.jobs.getJob(new GetJobQuery(pg.value(), jobId.value())).get().job().id()).isEqualTo(jobId);
  }

  @Test
  void stop_flags_the_job_and_its_tasks_logs_it_and_records_a_stop_job_task() {
    var jobId = createdJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users", "orders"))));

    right(f.jobs.stopJob(new StopJobCommand(pg.value(), jobId.value())));

    assertThat(f.store.jobs().findById(pg, jobId).get().job().stopped()).isTrue();
    var tasks = f.store.tasks().findByJob(jobId);
    assertThat(tasks).allMatch(Task::stopped);
    assertThat(f.store.taskLogs().findByTask(tasks.get(0).id())).extracting(TaskLog::action)
        .containsExactly("stop by user");
  }

  @Test
  void start_clears_the_stop_of_the_job_and_its_tasks() {
    var jobId = createdJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users"))));
    f.jobs.stopJob(new StopJobCommand(pg.value(), jobId.value()));

    right(f.jobs.startJob(new StartJobCommand(pg.value(), jobId.value())));

    assertThat(f.store.jobs().findById(pg, jobId).get().job().stopped()).isFalse();
    var task = f.store.tasks().findByJob(jobId).get(0);
    assertThat(task.stopped()).isFalse();
    assertThat(f.store.taskLogs().findByTask(task.id())).extracting(TaskLog::action)
        .containsExactly("stop by user", "start by user");
  }

  @Test
  void retry_moves_every_failed_task_on_and_logs_it() {
    var jobId = createdJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users", "orders"))));
    var failed = Tasks.failSchema(f, f.store.tasks().findByJob(jobId).get(0));

    right(f.jobs.retryJob(new RetryJobCommand(pg.value(), jobId.value())));

    var retried = f.store.tasks().findById(pg, failed.id()).get();
    assertThat(retried.status()).isEqualTo(TaskStatus.SCHEMA_DOING);
    assertThat(retried.retriedTimes()).isEqualTo(1);
    assertThat(f.store.taskLogs().findByTask(failed.id())).extracting(TaskLog::action).contains("retry by user");
    assertThat(f.store.tasks().findByJob(jobId).get(1).status()).isEqualTo(TaskStatus.INIT);
  }

  @Test
  void a_retry_that_loses_a_race_on_one_task_retries_none() {
    var jobId = createdJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users", "orders"))));
    var first = Tasks.failSchema(f, f.store.tasks().findByJob(jobId).get(0));
    var second = Tasks.failSchema(f, f.store.tasks().findByJob(jobId).get(1));
    var firstTable = first.srcTableName().value();
    var firstTableBefore = tableStatus(firstTable);
    var racing = new JobService(f.store.dataSources(), f.store.jobs(),
        new ConflictingTasks(f.store.tasks(), second.id()), f.store.taskLogs(), f.jobFactory,
        f.history, f.rollUp, f.async, f.store.transactions(), f.clock);

    var result = racing.retryJob(new RetryJobCommand(pg.value(), jobId.value()));

    assertThat(result.getLeft().code()).isEqualTo("Conflict");
    assertThat(result.getLeft().message()).contains("task " + second.id());
    assertThat(f.store.tasks().findById(pg, first.id()).get()).isEqualTo(first);
    assertThat(f.store.taskLogs().findByTask(first.id())).extracting(TaskLog::action)
        .doesNotContain("retry by user");
    assertThat(tableStatus(firstTable)).isEqualTo(firstTableBefore);
  }

  @Test
  void delete_removes_the_job_its_tasks_and_their_logs() {
    var jobId = createdJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users"))));
    var task = f.store.tasks().findByJob(jobId).get(0);

    assertThat(right(f.jobs.deleteJob(new DeleteJobCommand(pg.value(), jobId.value())))).isEqualTo(jobId);

    assertThat(f.store.jobs().findById(pg, jobId).isEmpty()).isTrue();
    assertThat(f.store.tasks().findByJob(jobId)).isEmpty();
    assertThat(f.store.taskLogs().findByTask(task.id())).isEmpty();
  }

  @Test
  void deleting_a_job_puts_what_its_running_tasks_covered_back_to_init() {
    var jobId = createdJob(job("j", "sales", JobConfigInput.EMPTY.withTables(List.of("users", "orders"))));
    var scheduler = f.scheduler(4);
    for (var worker : List.of(scheduler.newWorker("a"), scheduler.newWorker("b"))) {
      worker.step();
      worker.step();
    }
    assertThat(f.store.tasks().findByJob(jobId)).extracting(Task::status).containsOnly(TaskStatus.SCHEMA_DOING);
    assertThat(tableStatus("orders")).isEqualTo(MigrationStatus.DOING);

    right(f.jobs.deleteJob(new DeleteJobCommand(pg.value(), jobId.value())));

    assertThat(partitionStatuses("orders")).containsOnly(MigrationStatus.INIT);
    assertThat(tableStatus("orders")).isEqualTo(MigrationStatus.INIT);
    assertThat(tableStatus("users")).isEqualTo(MigrationStatus.INIT);
    assertThat(f.store.databases().findByName(pg, new DatabaseName("sales")).get().status())
        .isEqualTo(MigrationStatus.INIT);
  }

  @Test
  void deleting_a_job_keeps_what_was_migrated_and_resets_what_failed() {
    var noEngineNeeded = new JobConfigInput(List.of("orders"), List.of(), List.of(), List.of(),
        Map.of(), Map.of(), Map.of(), Optional.empty(), Optional.empty(), Optional.of(false),
        Optional.of(false), Optional.empty(), Optional.empty(), Map.of());
    createdJob(job("migrated", "sales", noEngineNeeded));
    var worker = f.scheduler(4).newWorker("w");
    worker.runUntilIdle();
    assertThat(tableStatus("orders")).isEqualTo(MigrationStatus.DONE);
    var again = createdJob(job("again", "sales", JobConfigInput.EMPTY.withTables(List.of("orders")).withIncrement(false)));
    var failing = createdJob(job("failing", "sales", JobConfigInput.EMPTY.withTables(List.of("users"))));
    // The source is JDBC and no engine runs here: the schema phase of "users" fails.
    f.jobs.stopJob(new StopJobCommand(pg.value(), again.value()));
    worker.runUntilIdle();
    assertThat(f.store.tasks().findByJob(failing)).extracting(Task::status).containsOnly(TaskStatus.SCHEMA_FAILED);
    assertThat(tableStatus("users")).isEqualTo(MigrationStatus.FAILED);

    right(f.jobs.deleteJob(new DeleteJobCommand(pg.value(), again.value())));
    right(f.jobs.deleteJob(new DeleteJobCommand(pg.value(), failing.value())));

    assertThat(partitionStatuses("orders")).containsOnly(MigrationStatus.DONE);
    assertThat(tableStatus("orders")).isEqualTo(MigrationStatus.DONE);
    assertThat(tableStatus("users")).isEqualTo(MigrationStatus.INIT);
    assertThat(f.store.databases().findByName(pg, new DatabaseName("sales")).get().status())
        .isEqualTo(MigrationStatus.PART_DONE);
  }

  private Table table(String name) {
    var db = f.store.databases().findByName(pg, new DatabaseName("sales")).get();
    return f.store.tables().findByDatabase(db.id()).stream()
        .filter(t -> t.name().value().equals(name)).findFirst().orElseThrow();
  }

  private MigrationStatus tableStatus(String name) {
    return table(name).status();
  }

  private List<MigrationStatus> partitionStatuses(String table) {
    return f.store.partitions().findByTable(table(table).id()).stream().map(Partition::status).toList();
  }

  private CreateJobCommand job(String name, String db, JobConfigInput config) {
    return new CreateJobCommand(pg.value(), name, db, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), config);
  }

  private JobId createdJob(CreateJobCommand command) {
    var asyncId = right(f.jobs.createJob(command));
    return new JobId(f.store.asyncTasks().findById(pg, asyncId).get().objectId().getAsLong());
  }

  private ListJobsQuery jobsOf(long sourceId, Optional<String> name) {
    return new ListJobsQuery(sourceId, name, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), all());
  }

  private ListJobsQuery jobs(Optional<String> status, Map<String, String> sorter) {
    return new ListJobsQuery(pg.value(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), status, Optional.empty(), Optional.empty(), sorter, all());
  }
}
