package dev.mms.domain.source;

import static dev.mms.domain.source.ConfigValue.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.name.SourceName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataSourceTest {

  private static final Instant NOW = Instant.parse("2025-02-04T08:00:00Z");

  private static final Map<String, ConfigValue> CONFIG = Map.of(
      ConfigItems.JDBC_URL, text("jdbc:postgresql://src/db"),
      ConfigItems.JDBC_USERNAME, text("etl"),
      ConfigItems.JDBC_PASSWORD, text("s3cret"),
      ConfigItems.DST_JDBC_URL, text("jdbc:mariadb://dst/db"));

  private static DataSource registered() {
    return DataSource.register(new SourceId(1), new SourceName("pg"), DataSourceType.JDBC, CONFIG,
        Optional.of("cn-shanghai"), Optional.empty(), NOW).get();
  }

  @Test
  void a_registered_source_is_started_with_its_config() {
    var source = registered();

    assertThat(source.status()).isEqualTo(DataSourceStatus.STARTED);
    assertThat(source.config()).isEqualTo(CONFIG);
    assertThat(source.createTime()).isEqualTo(NOW);
  }

  @Test
  void registration_checks_the_config() {
    var result = DataSource.register(new SourceId(1), new SourceName("pg"), DataSourceType.JDBC,
        Map.of(ConfigItems.JDBC_URL, text("jdbc:h2:mem:x")), Optional.empty(), Optional.empty(), NOW);

    assertThat(result.getLeft().message()).contains("config." + ConfigItems.DST_JDBC_URL);
  }

  @Test
  void the_masked_config_hides_passwords_only() {
    var masked = registered().maskedConfig();

    assertThat(masked)
        .containsEntry(ConfigItems.JDBC_PASSWORD, text(DataSource.MASK))
        .containsEntry(ConfigItems.JDBC_USERNAME, text("etl"))
        .containsEntry(ConfigItems.JDBC_URL, text("jdbc:postgresql://src/db"));
  }

  @Test
  void sending_the_mask_back_keeps_the_stored_password() {
    var source = registered();
    var edited = Map.of(
        ConfigItems.JDBC_PASSWORD, text(DataSource.MASK), ConfigItems.JDBC_USERNAME, text("admin"));

    var updated = source.updateConfig(edited).get();

    assertThat(updated.configValue(ConfigItems.JDBC_PASSWORD)).contains(text("s3cret"));
    assertThat(updated.configValue(ConfigItems.JDBC_USERNAME)).contains(text("admin"));
  }

  @Test
  void a_new_password_replaces_the_stored_one() {
    var updated = registered()
        .updateConfig(Map.of(ConfigItems.JDBC_PASSWORD, text("n3w"))).get();

    assertThat(updated.configValue(ConfigItems.JDBC_PASSWORD)).contains(text("n3w"));
  }

  @Test
  void an_update_with_an_unknown_key_is_refused() {
    var result = registered().updateConfig(Map.of("jdbc.pasword", text("x")));

    assertThat(result.getLeft()).isInstanceOf(InvalidValue.class);
  }

  @Test
  void stop_then_start_brings_the_source_back_online() {
    var stopped = registered().stop().get();

    var started = stopped.start().get();

    assertThat(stopped.status()).isEqualTo(DataSourceStatus.STOPPED);
    assertThat(stopped.status().online()).isFalse();
    assertThat(started.status()).isEqualTo(DataSourceStatus.STARTED);
  }

  @Test
  void start_after_a_failed_start_clears_the_error() {
    var failed = withStatus(DataSourceStatus.START_FAILED, Optional.of("connection refused"));

    var started = failed.start().get();

    assertThat(started.status()).isEqualTo(DataSourceStatus.STARTED);
    assertThat(started.errMsg()).isEmpty();
  }

  @Test
  void a_source_that_is_starting_refuses_start_and_stop() {
    var starting = withStatus(DataSourceStatus.STARTING, Optional.empty());

    assertThat(starting.start().getLeft())
        .isEqualTo(new IllegalTransition("DataSource", "STARTING", "START"));
    assertThat(starting.stop().getLeft())
        .isEqualTo(new IllegalTransition("DataSource", "STARTING", "STOP"));
  }

  private static DataSource withStatus(DataSourceStatus status, Optional<String> errMsg) {
    var s = registered();
    return new DataSource(s.id(), s.name(), s.type(), s.region(), s.networklink(), status, errMsg,
        s.config(), s.createTime(), s.lastUpdateTime(), s.scanId());
  }
}
