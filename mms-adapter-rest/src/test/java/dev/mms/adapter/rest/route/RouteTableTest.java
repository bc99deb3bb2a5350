package dev.mms.adapter.rest.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.error.Problem;
import dev.mms.adapter.rest.wire.QueryParams;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RouteTableTest {

  private static Either<Problem, RouteMatch> match(String method, String path) {
    return match(method, path, "");
  }

  private static Either<Problem, RouteMatch> match(String method, String path, String query) {
    return RouteTable.match(method, path, QueryParams.parse(query).get());
  }

  /** The template with every placeholder replaced by a distinct id: 11, 12, ... */
  private static String concretePath(Operation op) {
    var path = op.pathTemplate();
    long id = 11;
    for (var name : op.pathParams()) {
      path = path.replace("{" + name + "}", Long.toString(id++));
    }
    return path;
  }

  @Test
  void the_table_holds_the_36_mms_operations_and_the_dry_run() {
    var names = Arrays.stream(Operation.values()).map(Operation::operationName).toList();

    assertThat(names).hasSize(37).doesNotHaveDuplicates().contains("DryRunMmsJob");
    assertThat(names)
        .containsAll(
            List.of(
                "CreateMmsDataSource",
                "ListMmsDataSources",
                "GetMmsDataSource",
                "UpdateMmsDataSource",
                "DeleteMmsDataSource",
                "ListMmsDataSourceConfigItems",
                "CreateMmsFetchMetadataJob",
                "GetMmsFetchMetadataJob",
                "GetMmsAsyncTask",
                "ListMmsDbs",
                "GetMmsDb",
                "UpdateMmsDb",
                "ListMmsTables",
                "GetMmsTable",
                "UpdateMmsTable",
                "UpdateMmsTables",
                "ListMmsPartitions",
                "GetMmsPartition",
                "CreateMmsJob",
                "ListMmsJobs",
                "GetMmsJob",
                "DeleteMmsJob",
                "StartMmsJob",
                "StopMmsJob",
                "RetryMmsJob",
                "ListMmsTasks",
                "GetMmsTask",
                "ListMmsTaskLogs",
                "RetryMmsTask",
                "CreateMmsTimer",
                "ListMmsTimers",
                "GetMmsTimer",
                "UpdateMmsTimer",
                "DeleteMmsTimer",
                "TriggerMmsTimer",
                "ListMmsTimerLogs"));
  }

  @ParameterizedTest
  @EnumSource(value = Operation.class, mode = EnumSource.Mode.EXCLUDE, names = "DRY_RUN_MMS_JOB")
  void every_operation_is_found_by_its_method_and_path_with_its_ids(Operation op) {
    var result = match(op.method(), concretePath(op));

    var expectedIds = new LinkedHashMap<String, Long>();
    long id = 11;
    for (var name : op.pathParams()) {
      expectedIds.put(name, id++);
    }
    assertThat(result.get()).isEqualTo(new RouteMatch(op, expectedIds));
  }

  @Test
  void delete_mms_job_is_a_post_and_a_delete_on_a_job_is_not_allowed() {
    assertThat(Operation.DELETE_MMS_JOB.method()).isEqualTo("POST");

    var result = match("DELETE", "/api/v1/mms/datasources/12/jobs/88");

    assertThat(result.getLeft().status()).isEqualTo(405);
    assertThat(result.getLeft().headers()).isEqualTo(Map.of("Allow", "GET, POST"));
  }

  @Test
  void the_action_is_the_operation_name_in_the_odps_namespace() {
    assertThat(Operation.LIST_MMS_JOBS.action()).isEqualTo("odps:ListMmsJobs");
  }

  @Test
  void dry_run_true_selects_the_dry_run() {
    var result = match("POST", "/api/v1/mms/datasources/12/jobs", "dryRun=true");

    assertThat(result.get().operation()).isEqualTo(Operation.DRY_RUN_MMS_JOB);
    assertThat(result.get().sourceId()).contains(12L);
  }

  @Test
  void dry_run_false_or_absent_is_create_mms_job() {
    assertThat(match("POST", "/api/v1/mms/datasources/12/jobs", "dryRun=false").get().operation())
        .isEqualTo(Operation.CREATE_MMS_JOB);
    assertThat(match("POST", "/api/v1/mms/datasources/12/jobs").get().operation())
        .isEqualTo(Operation.CREATE_MMS_JOB);
  }

  @Test
  void a_dry_run_flag_that_is_not_a_boolean_is_a_400() {
    var result = match("POST", "/api/v1/mms/datasources/12/jobs", "dryRun=maybe");

    assertThat(result.getLeft().status()).isEqualTo(400);
    assertThat(result.getLeft().message()).startsWith("dryRun:");
  }

  @Test
  void an_unknown_path_is_a_404() {
    var result = match("GET", "/api/v1/mms/nothing");

    assertThat(result.getLeft().status()).isEqualTo(404);
    assertThat(result.getLeft().code()).isEqualTo("InvalidAction.NotFound");
  }

  @Test
  void trailing_and_doubled_slashes_do_not_match() {
    assertThat(match("GET", "/api/v1/mms/datasources/").getLeft().status()).isEqualTo(404);
    assertThat(match("GET", "/api/v1/mms//datasources").getLeft().status()).isEqualTo(404);
  }

  @Test
  void an_id_that_is_not_a_positive_int64_is_a_400_naming_the_placeholder() {
    for (var bad : List.of("abc", "0", "-3", "99999999999999999999", "1%20")) {
      var result = match("GET", "/api/v1/mms/datasources/12/jobs/" + bad);

      assertThat(result.getLeft().status()).as(bad).isEqualTo(400);
      assertThat(result.getLeft().message()).as(bad).startsWith("jobId:");
    }
  }

  @Test
  void only_data_source_operations_have_a_source_id() {
    assertThat(match("GET", "/api/v1/mms/datasources").get().sourceId()).isEmpty();
    assertThat(match("GET", "/api/v1/mms/configItems").get().sourceId()).isEmpty();
    assertThat(match("GET", "/api/v1/mms/datasources/7/tasks/9/logs").get().sourceId())
        .contains(7L);
  }
}
