package dev.mms.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourceTest {

  @Test
  void defaults_run_on_loopback_with_the_embedded_store() {
    var config = ConfigSource.of(Map.of(), Map.of(), Optional.empty()).serverConfig();

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.store()).startsWith("jdbc:h2:file:./mms-data/");
    assertThat(config.workers()).isEqualTo(4);
    assertThat(config.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(config.accessKeys()).isEmpty();
  }

  @Test
  void command_line_beats_environment_which_beats_the_file(@TempDir Path dir) throws Exception {
    var file = dir.resolve("mms.properties");
    Files.writeString(file, "port=7000\nworkers=2\nzone=Asia/Shanghai\n");

    var config = ConfigSource.of(Map.of("port", "9000"), Map.of("MMS_PORT", "8000", "MMS_WORKERS", "3"),
        Optional.of(file)).serverConfig();

    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.workers()).isEqualTo(3);
    assertThat(config.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void dotted_and_dashed_keys_have_underscored_environment_names() {
    var config = ConfigSource.of(Map.of(),
        Map.of("MMS_STORE_USER", "mms", "MMS_PER_SOURCE_LIMIT", "5", "MMS_STORE", "memory"),
        Optional.empty()).serverConfig();

    assertThat(config.storeUser()).contains("mms");
    assertThat(config.perSourceLimit()).isEqualTo(5);
    assertThat(config.inMemory()).isTrue();
  }

  @Test
  void every_bad_value_is_reported_at_once_with_its_origin() {
    var source = ConfigSource.of(Map.of("port", "http"), Map.of("MMS_WORKERS", "-1", "MMS_ZONE", "Mars/Base"),
        Optional.empty());

    assertThatThrownBy(source::serverConfig)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("port from --port must be a whole number in 0..65535, got 'http'")
        .hasMessageContaining("workers from MMS_WORKERS must be a whole number in 1..256, got '-1'")
        .hasMessageContaining("zone from MMS_ZONE is not a time zone: 'Mars/Base'");
  }

  @Test
  void a_missing_config_file_is_an_error_naming_it(@TempDir Path dir) {
    var missing = dir.resolve("nope.properties");

    assertThatThrownBy(() -> ConfigSource.of(Map.of(), Map.of(), Optional.of(missing)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read config file " + missing);
  }
}
