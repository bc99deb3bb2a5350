package dev.mms.adapter.rest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.ApiHarness;
import dev.mms.adapter.rest.StubUseCases;
import dev.mms.application.port.in.metadata.CreateScanUseCase.CreateScanCommand;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase.GetAsyncTaskQuery;
import dev.mms.application.port.in.metadata.GetScanUseCase.GetScanQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataControllerTest {
  private final StubUseCases stubs = new StubUseCases();
  private final ApiHarness api = new ApiHarness(stubs);

  @Test
  void a_scan_without_a_body_covers_the_whole_source() {
    var data = api.data("POST", "/api/v1/mms/datasources/2000015/scans");

    assertThat(stubs.last()).isEqualTo(new CreateScanCommand(2000015, Optional.empty(), List.of()));
    assertThat(data.toString()).isEqualTo("{\"scanId\":1000002}");
  }

  @Test
  void a_scan_may_be_limited_to_tables_of_one_database() {
    api.data(
        "POST",
        "/api/v1/mms/datasources/2000015/scans",
        "{\"dbName\":\"default\",\"tableNames\":[\"table1\"]}");

    assertThat(stubs.last())
        .isEqualTo(new CreateScanCommand(2000015, Optional.of("default"), List.of("table1")));
  }

  @Test
  void an_empty_object_scans_everything_too() {
    api.data("POST", "/api/v1/mms/datasources/2000015/scans", "{}");

    assertThat(stubs.last()).isEqualTo(new CreateScanCommand(2000015, Optional.empty(), List.of()));
  }

  @Test
  void a_scan_shows_its_status_float_progress_and_result() {
    var data = api.data("GET", "/api/v1/mms/datasources/2000015/scans/1000002");

    assertThat(stubs.last()).isEqualTo(new GetScanQuery(2000015, 1000002));
    assertThat(data).isEqualTo(api.golden("metadata/scan"));
    assertThat(data.path("progress").isFloatingPointNumber()).isTrue();
  }

  @Test
  void an_async_task_shows_the_job_it_created_and_an_integer_progress() {
    var data = api.data("GET", "/api/v1/mms/datasources/2000015/asyncTasks/100");

    assertThat(stubs.last()).isEqualTo(new GetAsyncTaskQuery(2000015, 100));
    assertThat(data).isEqualTo(api.golden("metadata/async-task"));
    assertThat(data.path("progress").isIntegralNumber()).isTrue();
  }
}
