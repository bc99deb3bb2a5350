package dev.mms.domain.source;

import static dev.mms.domain.source.ConfigValue.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import dev.mms.domain.error.ValidationFailed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConfigItemsTest {

  private static final Map<String, ConfigValue> JDBC_REQUIRED = Map.of(
      ConfigItems.JDBC_URL, text("jdbc:h2:mem:src"),
      ConfigItems.DST_JDBC_URL, text("jdbc:h2:mem:dst"));

  private static Map<String, ConfigValue> jdbcWith(String key, ConfigValue value) {
    var config = new LinkedHashMap<>(JDBC_REQUIRED);
    config.put(key, value);
    return config;
  }

  @Test
  void a_complete_config_is_accepted() {
    var result = ConfigItems.check(DataSourceType.JDBC,
        jdbcWith(ConfigItems.JDBC_PASSWORD, text("secret")), false);

    assertThat(result.get()).containsEntry(ConfigItems.JDBC_PASSWORD, text("secret"));
  }

  @Test
  void an_unknown_key_is_refused_listing_the_known_keys() {
    var result = ConfigItems.check(DataSourceType.JDBC, jdbcWith("jdbc.ulr", text("x")), false);

    assertThat(result.getLeft()).isInstanceOfSatisfying(InvalidValue.class, e -> {
      assertThat(e.field()).isEqualTo("config.jdbc.ulr");
      assertThat(e.reason()).contains("is not a config item of JDBC")
          .contains(ConfigItems.JDBC_URL, ConfigItems.DST_JDBC_URL, ConfigItems.TASK_PARTITION_MAX_NUM);
    });
  }

  @Test
  void every_missing_required_key_is_reported() {
    var result = ConfigItems.check(DataSourceType.JDBC, Map.of(), false);

    assertThat(problems(result.getLeft())).containsExactlyInAnyOrder(
        new MissingValue("config." + ConfigItems.JDBC_URL),
        new MissingValue("config." + ConfigItems.DST_JDBC_URL));
  }

  @Test
  void a_blank_required_value_counts_as_missing() {
    var result = ConfigItems.check(DataSourceType.JDBC,
        jdbcWith(ConfigItems.JDBC_URL, text("  ")), false);

    assertThat(result.getLeft()).isEqualTo(new MissingValue("config." + ConfigItems.JDBC_URL));
  }

  @Test
  void a_partial_update_may_leave_out_required_keys() {
    var result = ConfigItems.check(DataSourceType.JDBC,
        Map.of(ConfigItems.JDBC_USERNAME, text("etl")), true);

    assertThat(result.isRight()).isTrue();
  }

  @Test
  void an_int_item_refuses_text_that_is_not_an_integer() {
    var result = ConfigItems.check(DataSourceType.JDBC,
        jdbcWith(ConfigItems.TASK_PARTITION_MAX_NUM, text("fifty")), false);

    assertThat(result.getLeft()).isEqualTo(new InvalidValue(
        "config." + ConfigItems.TASK_PARTITION_MAX_NUM, "must be an integer, got 'fifty'"));
  }

  @Test
  void an_int_item_accepts_numbers_and_numeric_text() {
    var asNumber = ConfigItems.check(DataSourceType.JDBC, jdbcWith(
        ConfigItems.TASK_PARTITION_MAX_NUM, new ConfigValue.Number(new BigDecimal("50"))), false);
    var asText = ConfigItems.check(DataSourceType.JDBC,
        jdbcWith(ConfigItems.TASK_PARTITION_MAX_NUM, text(" 50 ")), false);

    assertThat(asNumber.isRight()).isTrue();
    assertThat(asText.isRight()).isTrue();
  }

  @Test
  void an_int_item_refuses_a_fraction() {
    var result = ConfigItems.check(DataSourceType.JDBC,
        jdbcWith(ConfigItems.TASK_PARTITION_MAX_SIZE, text("1.5")), false);

    assertThat(result.isLeft()).isTrue();
  }

  @Test
  void a_map_item_needs_a_json_object() {
    var result = ConfigItems.check(DataSourceType.JDBC,
        jdbcWith(ConfigItems.JDBC_PARTITION_COLUMNS, text("sales:ds")), false);

    assertThat(result.getLeft()).isEqualTo(new InvalidValue(
        "config." + ConfigItems.JDBC_PARTITION_COLUMNS, "must be a JSON object"));
  }

  @Test
  void an_item_with_choices_refuses_any_other_value() {
    var config = Map.of(
        "bigquery.project.id", text("p"),
        ConfigItems.MC_DEFAULT_PROJECT, text("mc"),
        "bigquery.range.partition.migrate.type", text("Shard"));

    var result = ConfigItems.check(DataSourceType.BIGQUERY, config, false);

    assertThat(result.getLeft().message()).contains("must be one of [Cluster, Partition]");
  }

  @Test
  void every_problem_is_reported_at_once() {
    var config = Map.<String, ConfigValue>of(
        "jdbc.ulr", text("x"), ConfigItems.TASK_PARTITION_MAX_NUM, text("many"));

    var result = ConfigItems.check(DataSourceType.JDBC, config, false);

    assertThat(problems(result.getLeft())).hasSize(4);
  }

  @ParameterizedTest
  @EnumSource(DataSourceType.class)
  void every_type_describes_the_same_items_in_both_languages(DataSourceType type) {
    var en = ConfigItems.of(type, Language.en_US);
    var zh = ConfigItems.of(type, Language.zh_CN);

    assertThat(en).isNotEmpty();
    assertThat(zh).extracting(ConfigItem::key).isEqualTo(en.stream().map(ConfigItem::key).toList());
    assertThat(zh).extracting(ConfigItem::type).isEqualTo(en.stream().map(ConfigItem::type).toList());
    assertThat(en).allSatisfy(i -> assertThat(i.name()).isNotBlank());
    assertThat(zh).allSatisfy(i -> assertThat(i.name()).isNotBlank());
    assertThat(zh).extracting(ConfigItem::name).isNotEqualTo(en.stream().map(ConfigItem::name).toList());
  }

  @Test
  void password_items_are_secret() {
    var secrets = ConfigItems.of(DataSourceType.JDBC, Language.en_US).stream()
        .filter(ConfigItem::secret)
        .map(ConfigItem::key)
        .toList();

    assertThat(secrets).containsExactly(ConfigItems.JDBC_PASSWORD, ConfigItems.DST_JDBC_PASSWORD);
  }

  private static List<DomainError> problems(DomainError error) {
    return error instanceof ValidationFailed v ? v.problems() : List.of(error);
  }
}
