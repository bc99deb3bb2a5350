package dev.mms.adapter.rest.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.ApiHarness;
import dev.mms.adapter.rest.StubUseCases;
import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.DeleteJobUseCase.DeleteJobCommand;
import dev.mms.application.port.in.job.GetJobUseCase.GetJobQuery;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.job.ListJobsUseCase.ListJobsQuery;
import dev.mms.application.port.in.job.PlanJobUseCase.PlanJobCommand;
import dev.mms.application.port.in.job.RetryJobUseCase.RetryJobCommand;
import dev.mms.application.port.in.job.StartJobUseCase.StartJobCommand;
import dev.mms.application.port.in.job.StopJobUseCase.StopJobCommand;
import dev.mms.domain.source.ConfigValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobControllerTest {
  private static final String JOBS = "/api/v1/mms/datasources/2000014/jobs";

  private final StubUseCases stubs = new StubUseCases();
  private final ApiHarness api = new ApiHarness(stubs);

  @Test
  void create_reads_every_field_of_the_body() {
    var data =
        api.data(
            "POST",
            JOBS,
            """
            {"name":"migrate_db_1","sourceId":2000014,"sourceName":"demo","srcDbName":"src_db",
             "srcSchemaName":"s","dstDbName":"mms_test","dstSchemaName":"default",
             "tables":["t1"],"partitions":[31,32],"tableWhiteList":["w"],"tableBlackList":["b"],
             "partitionFilters":{"t1":"p1 >= '2022-03-04' and p2 in (1,2)"},
             "tableMapping":{"t1":"t1_copy"},"columnMapping":{"c1":"c2"},
             "increment":false,"enableVerification":true,"enableSchemaMigration":true,
             "enableDataMigration":false,"schemaOnly":false,"eta":"2025-02-04","taskType":"MOCK",
             "others":{"spark.executor.mem":"2g"}}""");

    assertThat(stubs.last())
        .isEqualTo(
            new CreateJobCommand(
                2000014,
                "migrate_db_1",
                "src_db",
                Optional.of("s"),
                Optional.of("mms_test"),
                Optional.of("default"),
                Optional.of("2025-02-04"),
                new JobConfigInput(
                    List.of("t1"),
                    List.of(31L, 32L),
                    List.of("w"),
                    List.of("b"),
                    Map.of("t1", "p1 >= '2022-03-04' and p2 in (1,2)"),
                    Map.of("t1", "t1_copy"),
                    Map.of("c1", "c2"),
                    Optional.of(false),
                    Optional.of(true),
                    Optional.of(true),
                    Optional.of(false),
                    Optional.of(false),
                    Optional.of("MOCK"),
                    Map.of("spark.executor.mem", new ConfigValue.Text("2g")))));
    assertThat(data.toString()).isEqualTo("{\"asyncTaskId\":100}");
  }

  @Test
  void create_leaves_what_was_not_sent_to_the_use_case() {
    api.data("POST", JOBS, "{\"name\":\"j\",\"srcDbName\":\"src_db\"}");

    assertThat(stubs.last())
        .isEqualTo(
            new CreateJobCommand(
                2000014,
                "j",
                "src_db",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                JobConfigInput.EMPTY));
  }

  @Test
  void a_source_id_in_the_body_must_be_the_one_of_the_path() {
    var problem = api.problem("POST", JOBS, "{\"name\":\"j\",\"sourceId\":7}");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.message()).startsWith("sourceId:");
  }

  @Test
  void a_misspelt_field_is_refused_rather_than_ignored() {
    var problem = api.problem("POST", JOBS, "{\"name\":\"j\",\"tableBlacklist\":[\"t1\"]}");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.message()).startsWith("tableBlacklist:");
  }

  @Test
  void a_null_inside_a_list_is_refused() {
    var problem = api.problem("POST", JOBS, "{\"tables\":[\"t1\",null]}");

    assertThat(problem.message()).isEqualTo("tables[1]: must not be null");
  }

  @Test
  void the_dry_run_reads_the_create_body_and_answers_the_plan() {
    var data = api.data("POST", JOBS + "?dryRun=true", "{\"name\":\"j\",\"srcDbName\":\"src_db\"}");

    assertThat(stubs.last())
        .isEqualTo(
            new PlanJobCommand(
                new CreateJobCommand(
                    2000014,
                    "j",
                    "src_db",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    JobConfigInput.EMPTY)));
    assertThat(data).isEqualTo(api.golden("job/plan"));
  }

  @Test
  void list_reads_stopped_as_0_or_1_and_the_dotted_sorter() {
    var data =
        api.data(
            "GET",
            JOBS
                + "?name=migrate&srcDbName=src_db&srcTableName=t1"
                + "&dstDbName=mms_test&dstTableName=t1&status=DOING&stopped=1&timerId=1"
                + "&sorter.status=desc&pageNum=1&pageSize=10");

    assertThat(stubs.last())
        .isEqualTo(
            new ListJobsQuery(
                2000014,
                Optional.of("migrate"),
                Optional.of("src_db"),
                Optional.of("t1"),
                Optional.of("mms_test"),
                Optional.of("t1"),
                Optional.of("DOING"),
                Optional.of(true),
                Optional.of(1L),
                Map.of("status", "desc"),
                PageParams.of(1, 10)));
    assertThat(data.path("objectList").get(0)).isEqualTo(api.golden("job/job"));
  }

  @Test
  void get_shows_the_job_with_its_whole_config() {
    var data = api.data("GET", JOBS + "/88");

    assertThat(stubs.last()).isEqualTo(new GetJobQuery(2000014, 88));
    assertThat(data).isEqualTo(api.golden("job/job"));
  }

  @Test
  void delete_is_a_post_on_the_job_and_answers_its_id() {
    var data = api.data("POST", JOBS + "/88");

    assertThat(stubs.last()).isEqualTo(new DeleteJobCommand(2000014, 88));
    assertThat(data.isIntegralNumber()).isTrue();
    assertThat(data.asLong()).isEqualTo(88);
  }

  @Test
  void start_stop_and_retry_answer_the_job_id() {
    assertThat(api.data("POST", JOBS + "/88/start").asLong()).isEqualTo(88);
    assertThat(stubs.last()).isEqualTo(new StartJobCommand(2000014, 88));
    assertThat(api.data("POST", JOBS + "/88/stop").asLong()).isEqualTo(88);
    assertThat(stubs.last()).isEqualTo(new StopJobCommand(2000014, 88));
    assertThat(api.data("POST", JOBS + "/88/retry").asLong()).isEqualTo(88);
    assertThat(stubs.last()).isEqualTo(new RetryJobCommand(2000014, 88));
  }
}
