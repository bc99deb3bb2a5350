package dev.mms.adapter.rest.timer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.ApiHarness;
import dev.mms.adapter.rest.Samples;
import dev.mms.adapter.rest.StubUseCases;
import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.timer.CreateTimerUseCase.CreateTimerCommand;
import dev.mms.application.port.in.timer.DeleteTimerUseCase.DeleteTimerCommand;
import dev.mms.application.port.in.timer.GetTimerUseCase.GetTimerQuery;
import dev.mms.application.port.in.timer.ListTimerLogsUseCase.ListTimerLogsQuery;
import dev.mms.application.port.in.timer.ListTimersUseCase.ListTimersQuery;
import dev.mms.application.port.in.timer.TimerLogView;
import dev.mms.application.port.in.timer.TriggerTimerUseCase.TriggerTimerCommand;
import dev.mms.application.port.in.timer.UpdateTimerUseCase.UpdateTimerCommand;
import dev.mms.domain.timer.TimerLog;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimerControllerTest {
  private static final String TIMERS = "/api/v1/mms/datasources/2000015/timers";

  private final StubUseCases stubs = new StubUseCases();
  private final ApiHarness api = new ApiHarness(stubs);

  @Test
  void create_reads_the_schedule_and_the_job_config() {
    var data =
        api.data(
            "POST",
            TIMERS,
            """
            {"name":"planA","sourceId":2000015,"srcDbName":"src_db","scheduleType":"Daily",
             "value":"02:30","tables":["t1"],"partitionFilters":{"t1":"p1 > 1"},
             "enableVerification":false}""");

    assertThat(stubs.last())
        .isEqualTo(
            new CreateTimerCommand(
                2000015,
                "planA",
                "src_db",
                "Daily",
                "02:30",
                new JobConfigInput(
                    List.of("t1"),
                    List.of(),
                    List.of(),
                    List.of(),
                    Map.of("t1", "p1 > 1"),
                    Map.of(),
                    Map.of(),
                    Optional.empty(),
                    Optional.of(false),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Map.of())));
    assertThat(data.toString()).isEqualTo("{\"timerId\":1}");
  }

  @Test
  void create_refuses_another_source_id_in_the_body() {
    var problem = api.problem("POST", TIMERS, "{\"sourceId\":1}");

    assertThat(problem.message()).startsWith("sourceId:");
  }

  @Test
  void list_shows_timers_with_mms_times() {
    var data =
        api.data("GET", TIMERS + "?name=plan&srcDbName=src_db&srcTableName=t1&stopped=false");

    assertThat(stubs.last())
        .isEqualTo(
            new ListTimersQuery(
                2000015,
                Optional.of("plan"),
                Optional.of("src_db"),
                Optional.of("t1"),
                Optional.of(false),
                PageParams.DEFAULT));
    assertThat(data).isEqualTo(api.golden("timer/timers"));
  }

  @Test
  void get_shows_create_time_in_epoch_millis_and_update_time_in_iso_8601() {
    var data = api.data("GET", TIMERS + "/1");

    assertThat(stubs.last()).isEqualTo(new GetTimerQuery(2000015, 1));
    assertThat(data).isEqualTo(api.golden("timer/timer"));
  }

  @Test
  void update_passes_only_what_was_sent() {
    var data =
        api.data(
            "PUT",
            TIMERS + "/1",
            "{\"scheduleType\":\"Hourly\",\"value\":\"15\",\"stopped\":false}");

    assertThat(stubs.last())
        .isEqualTo(
            new UpdateTimerCommand(
                2000015,
                1,
                Optional.of("Hourly"),
                Optional.of("15"),
                Optional.of(false),
                Optional.empty(),
                Optional.empty()));
    assertThat(data.asLong()).isEqualTo(1);
  }

  @Test
  void update_may_replace_the_table_lists_with_empty_ones() {
    api.data("PUT", TIMERS + "/1", "{\"tableWhiteList\":[],\"tableBlackList\":[\"tmp\"]}");

    assertThat(stubs.last())
        .isEqualTo(
            new UpdateTimerCommand(
                2000015,
                1,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(List.of()),
                Optional.of(List.of("tmp"))));
  }

  @Test
  void delete_and_trigger_answer_the_timer_id() {
    assertThat(api.data("DELETE", TIMERS + "/1").asLong()).isEqualTo(1);
    assertThat(stubs.last()).isEqualTo(new DeleteTimerCommand(2000015, 1));
    assertThat(api.data("POST", TIMERS + "/1/trigger").asLong()).isEqualTo(1);
    assertThat(stubs.last()).isEqualTo(new TriggerTimerCommand(2000015, 1));
  }

  @Test
  void logs_are_paged_and_show_the_status_of_the_created_job() {
    var data = api.data("GET", TIMERS + "/1/logs?pageNum=1&pageSize=10");

    assertThat(stubs.last()).isEqualTo(new ListTimerLogsQuery(2000015, 1, PageParams.of(1, 10)));
    assertThat(data).isEqualTo(api.golden("timer/logs"));
  }

  @Test
  void a_firing_that_created_no_job_has_neither_id_nor_status() {
    var sample = Samples.timerLogView().log();
    var refused = new TimerLog(sample.id(), sample.timerId(), sample.sourceId(), Optional.empty(),
        sample.action(), "data source src is STOPPED", sample.createTime());
    stubs.listTimerLogs = input -> Either.right(
        Samples.page(List.of(new TimerLogView(refused, Optional.empty())), 1, 1, 10));

    var log = api.data("GET", TIMERS + "/1/logs").at("/objectList/0");

    assertThat(log.has("id")).isFalse();
    assertThat(log.has("status")).isFalse();
    assertThat(log.path("msg").asText()).isEqualTo("data source src is STOPPED");
  }
}
