package dev.mms.application.service.datasource;

import static dev.mms.application.service.FixedCatalogReader.db;
import static dev.mms.application.service.FixedCatalogReader.partitioned;
import static dev.mms.application.service.FixedCatalogReader.plain;
import static dev.mms.application.service.Fixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.in.datasource.ConfigEntry;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.datasource.DeleteDataSourceUseCase.DeleteDataSourceCommand;
import dev.mms.application.port.in.datasource.GetDataSourceUseCase.GetDataSourceQuery;
import dev.mms.application.port.in.datasource.ListDataSourceConfigItemsUseCase.ListDataSourceConfigItemsQuery;
import dev.mms.application.port.in.datasource.ListDataSourcesUseCase.ListDataSourcesQuery;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceCommand;
import dev.mms.application.port.in.datasource.UpdateDataSourceUseCase.UpdateDataSourceResult;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase.GetAsyncTaskQuery;
import dev.mms.application.service.Fixture;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.source.ConfigItem;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceStatus;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataSourceServiceTest {
  private final Fixture f = new Fixture();

  @Test
  void a_registered_source_is_started_at_once() {
    var id = f.jdbcSource("pg");

    var view = right(f.dataSources.getDataSource(new GetDataSourceQuery(id.value(), false, Optional.empty())));

    assertThat(view.source().name().value()).isEqualTo("pg");
    assertThat(view.source().status()).isEqualTo(DataSourceStatus.STARTED);
    assertThat(view.config()).isEmpty();
  }

  @Test
  void a_second_source_with_the_same_name_is_a_conflict() {
    f.jdbcSource("pg");

    var again = f.dataSources.createDataSource(new CreateDataSourceCommand("pg", "JDBC",
        Fixture.jdbcConfig(), Optional.empty(), Optional.empty()));

    assertThat(again.getLeft().code()).isEqualTo("Conflict");
    assertThat(again.getLeft().message()).contains("'pg' already exists");
  }

  @Test
  void an_unknown_type_and_a_missing_name_are_reported_together() {
    var result = f.dataSources.createDataSource(new CreateDataSourceCommand("", "ORACLE",
        Map.of(), Optional.empty(), Optional.empty()));

    assertThat(result.getLeft().message())
        .contains("name is required")
        .contains("unknown data source type 'ORACLE'")
        .contains("JDBC", "MOCK", "HIVE");
  }

  @Test
  void a_config_is_checked_against_the_items_of_its_type() {
    var result = f.dataSources.createDataSource(new CreateDataSourceCommand("pg", "jdbc",
        Map.of("jdbc.urll", ConfigValue.text("x")), Optional.empty(), Optional.empty()));

    assertThat(result.getLeft().message())
        .contains("config.jdbc.urll: is not a config item of JDBC")
        .contains("config.jdbc.url is required")
        .contains("config.dst.jdbc.url is required");
  }

  @Test
  void list_matches_part_of_the_name_and_the_type_and_returns_all_without_paging() {
    f.jdbcSource("sales_pg");
    f.jdbcSource("hr_pg");
    f.jdbcSource("sales_mysql");

    var page = right(f.dataSources.listDataSources(new ListDataSourcesQuery(Optional.of("SALES"),
        Optional.of("jdbc"), Optional.empty(), PageParams.DEFAULT)));

    assertThat(page.items()).extracting(v -> v.source().name().value())
        .containsExactly("sales_pg", "sales_mysql");
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void list_with_a_bad_type_or_page_names_them() {
    var result = f.dataSources.listDataSources(new ListDataSourcesQuery(Optional.empty(),
        Optional.of("ORACLE"), Optional.empty(), PageParams.of(0, 10)));

    assertThat(result.getLeft().message()).contains("type:").contains("pageNum: must be >= 1");
  }

  @Test
  void a_source_shows_its_config_items_with_passwords_masked() {
    var id = f.jdbcSource("pg");

    var view = right(f.dataSources.getDataSource(new GetDataSourceQuery(id.value(), true, Optional.of("en_US"))));

    assertThat(view.source().config().get("jdbc.password")).isEqualTo(ConfigValue.text(DataSource.MASK));
    assertThat(view.config()).extracting(e -> e.item().key()).contains("jdbc.url", "jdbc.password");
    assertThat(entry(view.config(), "jdbc.password").value()).contains(ConfigValue.text(DataSource.MASK));
    assertThat(entry(view.config(), "jdbc.url").value()).contains(ConfigValue.text("jdbc:h2:mem:src"));
    assertThat(entry(view.config(), "jdbc.url").item().name()).isEqualTo("Source JDBC URL");
    assertThat(entry(view.config(), "jdbc.username").value()).isEmpty();
  }

  @Test
  void a_source_counts_its_catalog_and_shows_its_last_scan() {
    var id = f.scannedSource("pg", db("sales", plain("users", 10), partitioned("orders", 5, "1", "2", "3")),
        db("hr", plain("staff", 1)));

    var view = right(f.dataSources.getDataSource(new GetDataSourceQuery(id.value(), false, Optional.empty())));

    assertThat(view.dbNum()).isEqualTo(2);
    assertThat(view.tables().total()).isEqualTo(3);
    assertThat(view.tables().init()).isEqualTo(3);
    assertThat(view.partitions().total()).isEqualTo(3);
    assertThat(view.lastScan()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(AsyncTaskStatus.DONE));
  }

  @Test
  void an_unknown_source_or_language_is_named() {
    assertThat(f.dataSources.getDataSource(new GetDataSourceQuery(99, false, Optional.empty()))
        .getLeft().code()).isEqualTo("EntityNotExist.DataSource");
    var id = f.jdbcSource("pg");
    assertThat(f.dataSources.getDataSource(new GetDataSourceQuery(id.value(), true, Optional.of("fr_FR")))
        .getLeft().message()).contains("lang").contains("fr_FR");
  }

  @Test
  void rename_needs_a_free_name() {
    var pg = f.jdbcSource("pg");
    f.jdbcSource("taken");

    var missing = update(pg.value(), "RENAME", Optional.empty(), Map.of(), false);
    var clash = update(pg.value(), "RENAME", Optional.of("taken"), Map.of(), false);
    var renamed = update(pg.value(), "rename", Optional.of("pg2"), Map.of(), false);

    assertThat(missing.getLeft().code()).isEqualTo("MissingParameter");
    assertThat(clash.getLeft().code()).isEqualTo("Conflict");
    assertThat(renamed.isRight()).isTrue();
    assertThat(f.store.dataSources().findById(pg).get().name().value()).isEqualTo("pg2");
  }

  @Test
  void updating_the_config_with_the_masked_password_keeps_the_secret() {
    var pg = f.jdbcSource("pg");

    var result = update(pg.value(), "UPDATE_CONFIG", Optional.empty(),
        Map.of("jdbc.password", ConfigValue.text(DataSource.MASK), "jdbc.username", ConfigValue.text("bob")), false);

    assertThat(result.isRight()).isTrue();
    var stored = f.store.dataSources().findById(pg).get();
    assertThat(stored.config().get("jdbc.password")).isEqualTo(ConfigValue.text("s3cret"));
    assertThat(stored.config().get("jdbc.username")).isEqualTo(ConfigValue.text("bob"));
  }

  @Test
  void stop_and_start_move_the_instance() {
    var pg = f.jdbcSource("pg");

    update(pg.value(), "STOP", Optional.empty(), Map.of(), false);
    var stopped = f.store.dataSources().findById(pg).get().status();
    update(pg.value(), "START", Optional.empty(), Map.of(), false);

    assertThat(stopped).isEqualTo(DataSourceStatus.STOPPED);
    assertThat(f.store.dataSources().findById(pg).get().status()).isEqualTo(DataSourceStatus.STARTED);
  }

  @Test
  void an_unknown_or_missing_action_lists_the_actions() {
    var pg = f.jdbcSource("pg");

    assertThat(update(pg.value(), "REBOOT", Optional.empty(), Map.of(), false).getLeft().message())
        .contains("REBOOT").contains("UPDATE_CONFIG, START, STOP, RENAME");
    assertThat(update(pg.value(), "", Optional.empty(), Map.of(), false).getLeft().code())
        .isEqualTo("MissingParameter");
  }

  @Test
  void a_connection_test_is_an_async_task_with_the_readers_answer() {
    var pg = f.jdbcSource("pg");

    var result = right(update(pg.value(), "START", Optional.empty(), Map.of(), true));

    var test = right(f.metadata.getAsyncTask(new GetAsyncTaskQuery(pg.value(), result.asyncTaskId().get().value())));
    assertThat(test.type()).isEqualTo(AsyncTaskType.TEST_CONNECTION);
    assertThat(test.status()).isEqualTo(AsyncTaskStatus.DONE);
    assertThat(test.result()).contains("connected to jdbc:h2:mem:src");
  }

  @Test
  void a_failed_connection_test_carries_the_reason() {
    var pg = f.jdbcSource("pg");
    f.reader.fail("connection refused");

    var result = right(update(pg.value(), "UPDATE_CONFIG", Optional.empty(), Map.of(), true));

    var test = f.store.asyncTasks().findById(pg, result.asyncTaskId().get()).get();
    assertThat(test.status()).isEqualTo(AsyncTaskStatus.FAILED);
    assertThat(test.errorMsg()).contains("connection refused");
  }

  @Test
  void a_source_type_without_a_reader_cannot_be_tested() {
    var hive = right(f.dataSources.createDataSource(new CreateDataSourceCommand("hive", "HIVE",
        Map.of("hive.metastore.urls", ConfigValue.text("thrift://h:9083"),
            "hive.jdbc.url", ConfigValue.text("jdbc:hive2://h"),
            "hive.jdbc.username", ConfigValue.text("hive"),
            "mc.default.project", ConfigValue.text("pj")),
        Optional.empty(), Optional.empty())));

    var result = update(hive.value(), "START", Optional.empty(), Map.of(), true);

    assertThat(result.getLeft().message()).contains("HIVE have no catalog reader");
  }

  @Test
  void deleting_a_source_removes_its_catalog_and_async_tasks() {
    var pg = f.scannedSource("pg", db("sales", partitioned("orders", 5, "1", "2")));
    var scan = f.store.dataSources().findById(pg).get().scanId().get();

    var deleted = right(f.dataSources.deleteDataSource(new DeleteDataSourceCommand(pg.value())));

    assertThat(deleted).isEqualTo(pg);
    assertThat(f.store.dataSources().findById(pg).isEmpty()).isTrue();
    assertThat(f.store.databases().findAllBySource(pg)).isEmpty();
    assertThat(f.store.asyncTasks().findById(pg, scan).isEmpty()).isTrue();
    assertThat(f.dataSources.deleteDataSource(new DeleteDataSourceCommand(pg.value())).getLeft().code())
        .isEqualTo("EntityNotExist.DataSource");
  }

  @Test
  void config_items_are_listed_per_type_in_the_asked_language() {
    var items = right(f.dataSources.listDataSourceConfigItems(
        new ListDataSourceConfigItemsQuery("Jdbc", Optional.of("en_US"))));

    assertThat(items).extracting(ConfigItem::key).startsWith("jdbc.url");
    assertThat(items.get(0).name()).isEqualTo("Source JDBC URL");
  }

  @Test
  void config_items_of_an_unknown_or_missing_type_are_refused() {
    DomainError unknown = f.dataSources.listDataSourceConfigItems(
        new ListDataSourceConfigItemsQuery("Snowflake", Optional.empty())).getLeft();
    DomainError missing = f.dataSources.listDataSourceConfigItems(
        new ListDataSourceConfigItemsQuery("", Optional.empty())).getLeft();

    assertThat(unknown.message()).contains("Snowflake").contains("JDBC");
    assertThat(missing.code()).isEqualTo("MissingParameter");
  }

  private Either<DomainError, UpdateDataSourceResult> update(
      long id, String action, Optional<String> name, Map<String, ConfigValue> config, boolean test) {
    return f.dataSources.updateDataSource(new UpdateDataSourceCommand(id, action, name, config, test));
  }

  private static ConfigEntry entry(List<ConfigEntry> entries, String key) {
    return entries.stream().filter(e -> e.item().key().equals(key)).findFirst().orElseThrow();
  }
}
