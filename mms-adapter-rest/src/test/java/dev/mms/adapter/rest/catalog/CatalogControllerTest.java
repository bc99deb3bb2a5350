package dev.mms.adapter.rest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.ApiHarness;
import dev.mms.adapter.rest.StubUseCases;
import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.catalog.GetDatabaseUseCase.GetDatabaseQuery;
import dev.mms.application.port.in.catalog.GetPartitionUseCase.GetPartitionQuery;
import dev.mms.application.port.in.catalog.GetTableUseCase.GetTableQuery;
import dev.mms.application.port.in.catalog.ListDatabasesUseCase.ListDatabasesQuery;
import dev.mms.application.port.in.catalog.ListPartitionsUseCase.ListPartitionsQuery;
import dev.mms.application.port.in.catalog.ListTablesUseCase.ListTablesQuery;
import dev.mms.application.port.in.catalog.UpdateDatabaseUseCase.UpdateDatabaseCommand;
import dev.mms.application.port.in.catalog.UpdateTableUseCase.UpdateTableCommand;
import dev.mms.application.port.in.catalog.UpdateTablesUseCase.UpdateTablesCommand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogControllerTest {
  private final StubUseCases stubs = new StubUseCases();
  private final ApiHarness api = new ApiHarness(stubs);

  @Test
  void list_dbs_reads_the_json_sorter_and_shows_list_only_fields() {
    var data =
        api.data(
            "GET",
            "/api/v1/mms/datasources/2000015/dbs"
                + "?name=mms&status=DONE&sorter=%7B%22numRows%22%3A%22desc%22%7D&pageNum=3&pageSize=10");

    assertThat(stubs.last())
        .isEqualTo(
            new ListDatabasesQuery(
                2000015,
                Optional.of("mms"),
                Optional.of("DONE"),
                Map.of("numRows", "desc"),
                PageParams.of(3, 10)));
    assertThat(data).isEqualTo(api.golden("catalog/dbs"));
  }

  @Test
  void get_db_has_no_list_only_fields() {
    var data = api.data("GET", "/api/v1/mms/datasources/2000015/dbs/11");

    assertThat(stubs.last()).isEqualTo(new GetDatabaseQuery(2000015, 11));
    assertThat(data).isEqualTo(api.golden("catalog/db"));
  }

  @Test
  void update_db_answers_its_id() {
    var data =
        api.data(
            "PUT",
            "/api/v1/mms/datasources/2000015/dbs/11",
            "{\"dstProjectName\":\"pj\",\"dstName\":\"ods\",\"status\":\"INIT\"}");

    assertThat(stubs.last())
        .isEqualTo(
            new UpdateDatabaseCommand(
                2000015, 11, Optional.of("pj"), Optional.of("ods"), Optional.of("INIT")));
    assertThat(data.asLong()).isEqualTo(11);
  }

  @Test
  void list_tables_reads_every_filter_as_the_sdk_sends_it() {
    api.data(
        "GET",
        "/api/v1/mms/datasources/2000015/tables?dbId=11&dbName=mms_test&name=ord"
            + "&type=MANAGED_TABLE&hasPartitions=true&dstProjectName=pj&dstSchemaName=s&dstName=o"
            + "&status=%5B%22DONE%22%2C%22FAILED%22%5D&lastDdlTimeStart=2024-12-17+15%3A44%3A17"
            + "&lastDdlTimeEnd=2024-12-18+00%3A00%3A00&sorter.size=asc&sorter.numRows=desc"
            + "&pageNum=1&pageSize=10");

    assertThat(stubs.last())
        .isEqualTo(
            new ListTablesQuery(
                2000015,
                Optional.of(11L),
                Optional.of("mms_test"),
                Optional.of("ord"),
                Optional.of("MANAGED_TABLE"),
                Optional.of(true),
                Optional.of("pj"),
                Optional.of("s"),
                Optional.of("o"),
                List.of("DONE", "FAILED"),
                Optional.of(Instant.parse("2024-12-17T07:44:17Z")),
                Optional.of(Instant.parse("2024-12-17T16:00:00Z")),
                Map.of("size", "asc", "numRows", "desc"),
                PageParams.of(1, 10)));
  }

  @Test
  void list_tables_with_only_name_answers_ids_and_names() {
    var data = api.data("GET", "/api/v1/mms/datasources/2000015/tables?onlyName=true");

    var table = data.path("objectList").path(0);
    assertThat(table.path("name").asText()).isNotEmpty();
    assertThat(table.path("id").isIntegralNumber()).isTrue();
    assertThat(table.has("schema")).isFalse();
    assertThat(table.has("numRows")).isFalse();
    assertThat(data.path("total").isIntegralNumber()).isTrue();
  }

  @Test
  void only_name_must_be_a_boolean() {
    var problem = api.problem("GET", "/api/v1/mms/datasources/2000015/tables?onlyName=sometimes", "");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.message()).contains("onlyName");
  }

  @Test
  void bad_query_values_are_all_named_in_one_answer() {
    var problem =
        api.problem(
            "GET",
            "/api/v1/mms/datasources/2000015/tables?dbId=eleven&hasPartitions=maybe&status=DONE%5D",
            "");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.message()).contains("dbId:", "hasPartitions:");
  }

  @Test
  void get_table_shows_its_schema_and_default_destination() {
    var data = api.data("GET", "/api/v1/mms/datasources/2000015/tables/21");

    assertThat(stubs.last()).isEqualTo(new GetTableQuery(2000015, 21));
    assertThat(data).isEqualTo(api.golden("catalog/table"));
  }

  @Test
  void update_table_answers_its_id() {
    var data =
        api.data("PUT", "/api/v1/mms/datasources/2000015/tables/21", "{\"dstName\":\"orders_v2\"}");

    assertThat(stubs.last())
        .isEqualTo(
            new UpdateTableCommand(
                2000015,
                21,
                Optional.empty(),
                Optional.empty(),
                Optional.of("orders_v2"),
                Optional.empty()));
    assertThat(data.asLong()).isEqualTo(21);
  }

  @Test
  void update_tables_answers_how_many_were_updated() {
    var data =
        api.data(
            "PUT",
            "/api/v1/mms/datasources/2000015/tables",
            """
{"dbName":"default","tableNames":["table1"],"dstProjectName":"pj","dstSchemaName":"default","status":"INIT"}""");

    assertThat(stubs.last())
        .isEqualTo(
            new UpdateTablesCommand(
                2000015,
                "default",
                List.of("table1"),
                List.of(),
                Optional.of("pj"),
                Optional.of("default"),
                Optional.of("INIT")));
    assertThat(data.isIntegralNumber()).isTrue();
    assertThat(data.asInt()).isEqualTo(2);
  }

  @Test
  void update_tables_accepts_the_deprecated_ids() {
    api.data("PUT", "/api/v1/mms/datasources/2000015/tables", "{\"tables\":[21,22]}");

    assertThat(((UpdateTablesCommand) stubs.last()).tableIds()).containsExactly(21L, 22L);
  }

  @Test
  void list_partitions_reads_every_filter() {
    api.data(
        "GET",
        "/api/v1/mms/datasources/2000015/partitions?dbId=11&dbName=d&tableId=21"
            + "&tableName=orders&value=p1%3Dabc%2Fp2%3D1&updated=false&status=%5B%22INIT%22%5D"
            + "&sorter.lastDdlTime=desc");

    assertThat(stubs.last())
        .isEqualTo(
            new ListPartitionsQuery(
                2000015,
                Optional.of(11L),
                Optional.of("d"),
                Optional.of(21L),
                Optional.of("orders"),
                Optional.of("p1=abc/p2=1"),
                Optional.of(false),
                List.of("INIT"),
                Optional.empty(),
                Optional.empty(),
                Map.of("lastDdlTime", "desc"),
                PageParams.DEFAULT));
  }

  @Test
  void get_partition_shows_its_destination_and_omits_unknown_sizes() {
    var data = api.data("GET", "/api/v1/mms/datasources/2000015/partitions/31");

    assertThat(stubs.last()).isEqualTo(new GetPartitionQuery(2000015, 31));
    assertThat(data).isEqualTo(api.golden("catalog/partition"));
  }
}
