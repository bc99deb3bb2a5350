package dev.mms.adapter.rest.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.ApiHarness;
import dev.mms.adapter.rest.StubUseCases;
import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.task.GetTaskUseCase.GetTaskQuery;
import dev.mms.application.port.in.task.ListTaskLogsUseCase.ListTaskLogsQuery;
import dev.mms.application.port.in.task.ListTasksUseCase.ListTasksQuery;
import dev.mms.application.port.in.task.RetryTaskUseCase.RetryTaskCommand;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskControllerTest {
  private static final String TASKS = "/api/v1/mms/datasources/2000015/tasks";

  private final StubUseCases stubs = new StubUseCases();
  private final ApiHarness api = new ApiHarness(stubs);

  @Test
  void list_reads_every_filter() {
    var data =
        api.data(
            "GET",
            TASKS
                + "?jobId=10&jobName=j&srcDbName=s&srcTableName=t"
                + "&dstDbName=d&dstTableName=u&status=DATA_FAILED&partition=p1%3D1%2Fp2%3Dabc"
                + "&sorter.startTime=desc&sorter.status=asc&pageSize=20");

    assertThat(stubs.last())
        .isEqualTo(
            new ListTasksQuery(
                2000015,
                Optional.of(10L),
                Optional.of("j"),
                Optional.of("s"),
                Optional.of("t"),
                Optional.of("d"),
                Optional.of("u"),
                Optional.of("DATA_FAILED"),
                Optional.of("p1=1/p2=abc"),
                Map.of("startTime", "desc", "status", "asc"),
                new PageParams(Optional.empty(), Optional.of(20))));
    assertThat(data.path("objectList").get(0)).isEqualTo(api.golden("task/task"));
  }

  @Test
  void get_shows_whether_a_worker_holds_the_task() {
    var data = api.data("GET", TASKS + "/4023");

    assertThat(stubs.last()).isEqualTo(new GetTaskQuery(2000015, 4023));
    assertThat(data).isEqualTo(api.golden("task/task"));
  }

  @Test
  void logs_are_a_bare_array() {
    var data = api.data("GET", TASKS + "/4023/logs");

    assertThat(stubs.last()).isEqualTo(new ListTaskLogsQuery(2000015, 4023));
    assertThat(data).isEqualTo(api.golden("task/logs"));
  }

  @Test
  void retry_answers_the_task_id() {
    var data = api.data("POST", TASKS + "/4023/retry");

    assertThat(stubs.last()).isEqualTo(new RetryTaskCommand(2000015, 4023));
    assertThat(data.isIntegralNumber()).isTrue();
    assertThat(data.asLong()).isEqualTo(4023);
  }
}
