package dev.mms.adapter.rest.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.ApiHarness;
import dev.mms.adapter.rest.StubUseCases;
import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase.GetDataSourceQuery;
import dev.mms.application.port.in.datasource.ListDataSourceConfigItemsUseCase.ListDataSourceConfigItemsQuery;
import dev.mms.application.port.in.datasource.ListDataSourcesUseCase.ListDataSourcesQuery;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceResult;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataSourceControllerTest {
  private final StubUseCases stubs = new StubUseCases();
  private final ApiHarness api = new ApiHarness(stubs);

  @Test
  void create_reads_the_body_into_a_command_in_the_server_region() {
    var data =
        api.data(
            "POST",
            "/api/v1/mms/datasources",
            """
            {"name":"demo","type":"JDBC","networklink":"vpc-1:cn-shanghai",
             "config":{"jdbc.url":"jdbc:h2:mem:x","task.partition.max.num":50,
                       "mc.sql.hints":{"odps.sql.decimal.odps2":true},"tags":["a",1.5]}}""");

    var config = new LinkedHashMap<String, ConfigValue>();
    config.put("jdbc.url", new ConfigValue.Text("jdbc:h2:mem:x"));
    config.put("task.partition.max.num", new ConfigValue.Number(new BigDecimal("50")));
    config.put(
        "mc.sql.hints",
        new ConfigValue.Mapping(Map.of("odps.sql.decimal.odps2", new ConfigValue.Flag(true))));
    config.put(
        "tags",
        new ConfigValue.Items(
            List.of(new ConfigValue.Text("a"), new ConfigValue.Number(new BigDecimal("1.5")))));
    assertThat(stubs.last())
        .isEqualTo(
            new CreateDataSourceCommand(
                "demo",
                "JDBC",
                config,
                Optional.of("cn-hangzhou"),
                Optional.of("vpc-1:cn-shanghai")));
    assertThat(data.toString()).isEqualTo("{\"dataSourceId\":2000015}");
  }

  @Test
  void create_passes_missing_name_and_type_on_as_empty_for_the_use_case_to_name() {
    api.data("POST", "/api/v1/mms/datasources", "{}");

    assertThat(stubs.last())
        .isEqualTo(
            new CreateDataSourceCommand(
                "", "", Map.of(), Optional.of("cn-hangzhou"), Optional.empty()));
  }

  @Test
  void create_without_a_body_is_a_missing_parameter() {
    var problem = api.problem("POST", "/api/v1/mms/datasources", "");

    assertThat(problem.code()).isEqualTo("MissingParameter");
  }

  @Test
  void a_null_config_value_is_refused_naming_its_key() {
    var problem =
        api.problem("POST", "/api/v1/mms/datasources", "{\"config\":{\"jdbc.url\":null}}");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.message()).isEqualTo("config.jdbc.url: must not be null");
  }

  @Test
  void list_passes_its_filters_on_and_answers_a_page() {
    var data =
        api.data(
            "GET",
            "/api/v1/mms/datasources?name=demo&type=JDBC&region=cn-hangzhou&pageNum=1&pageSize=10");

    assertThat(stubs.last())
        .isEqualTo(
            new ListDataSourcesQuery(
                Optional.of("demo"),
                Optional.of("JDBC"),
                Optional.of("cn-hangzhou"),
                PageParams.of(1, 10)));
    assertThat(data).isEqualTo(api.golden("datasource/list"));
  }

  @Test
  void list_without_paging_leaves_paging_to_the_use_case() {
    api.data("GET", "/api/v1/mms/datasources");

    assertThat(((ListDataSourcesQuery) stubs.last()).page()).isEqualTo(PageParams.DEFAULT);
  }

  @Test
  void get_answers_the_source_with_its_config_items() {
    var data = api.data("GET", "/api/v1/mms/datasources/2000015?withConfig=true&lang=en_US");

    assertThat(stubs.last()).isEqualTo(new GetDataSourceQuery(2000015, true, Optional.of("en_US")));
    assertThat(data).isEqualTo(api.golden("datasource/get"));
  }

  @Test
  void get_without_with_config_asks_for_none() {
    api.data("GET", "/api/v1/mms/datasources/2000015");

    assertThat(stubs.last()).isEqualTo(new GetDataSourceQuery(2000015, false, Optional.empty()));
  }

  @Test
  void a_refusal_of_the_use_case_is_answered_as_it_is() {
    stubs.getDataSource = query -> Either.left(NotFound.of("DataSource", query.sourceId()));

    var problem = api.problem("GET", "/api/v1/mms/datasources/7", "");

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.code()).isEqualTo("EntityNotExist.DataSource");
  }

  @Test
  void update_answers_the_source_and_the_connection_test() {
    var data =
        api.data(
            "PUT",
            "/api/v1/mms/datasources/2000015",
            """
{"action":"UPDATE_CONFIG","config":{"mc.sql.hints":{"odps.sql.decimal.odps2":true}},"test":true}""");

    assertThat(stubs.last())
        .isEqualTo(
            new UpdateDataSourceCommand(
                2000015,
                "UPDATE_CONFIG",
                Optional.empty(),
                Map.of(
                    "mc.sql.hints",
                    new ConfigValue.Mapping(
                        Map.of("odps.sql.decimal.odps2", new ConfigValue.Flag(true)))),
                true));
    assertThat(data.toString()).isEqualTo("{\"sourceId\":2000015,\"asyncTaskId\":100}");
  }

  @Test
  void a_rename_without_test_answers_the_source_alone() {
    stubs.updateDataSource =
        command ->
            Either.right(
                new UpdateDataSourceResult(new SourceId(command.sourceId()), Optional.empty()));

    var data =
        api.data(
            "PUT", "/api/v1/mms/datasources/2000015", "{\"action\":\"RENAME\",\"name\":\"demo2\"}");

    assertThat(stubs.last())
        .isEqualTo(
            new UpdateDataSourceCommand(2000015, "RENAME", Optional.of("demo2"), Map.of(), false));
    assertThat(data.toString()).isEqualTo("{\"sourceId\":2000015}");
  }

  @Test
  void delete_answers_the_id_as_a_bare_number() {
    var data = api.data("DELETE", "/api/v1/mms/datasources/2000015");

    assertThat(data.isIntegralNumber()).isTrue();
    assertThat(data.asLong()).isEqualTo(2000015);
  }

  @Test
  void config_items_are_a_bare_array() {
    var data = api.data("GET", "/api/v1/mms/configItems?sourceType=JDBC");

    assertThat(stubs.last())
        .isEqualTo(new ListDataSourceConfigItemsQuery("JDBC", Optional.empty()));
    assertThat(data).isEqualTo(api.golden("datasource/config-items"));
  }
}
