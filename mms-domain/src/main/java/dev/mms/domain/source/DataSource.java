package dev.mms.domain.source;

import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.IllegalTransition;
import io.vavr.control.Either;
import dev.mms.domain.name.SourceName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered data source: its type and checked configuration, its instance lifecycle, and the
 * latest metadata scan. Immutable; every command returns a new value or the reason it refused.
 */
public record DataSource(
    SourceId id,
    SourceName name,
    DataSourceType type,
    Optional<String> region,
    Optional<String> networklink,
    DataSourceStatus status,
    Optional<String> errMsg,
    Map<String, ConfigValue> config,
    Instant createTime,
    Optional<Instant> lastUpdateTime,
    Optional<AsyncTaskId> scanId) {

  /** What a password looks like on the way out; sending it back keeps the stored secret. */
  public static final String MASK = "******";

  public DataSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(networklink, "networklink");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(errMsg, "errMsg");
    config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(lastUpdateTime, "lastUpdateTime");
    Objects.requireNonNull(scanId, "scanId");
  }

  /** A new source with a checked config; the instance starts at once (there is nothing to boot). */
  public static Either<DomainError, DataSource> register(
      SourceId id, SourceName name, DataSourceType type, Map<String, ConfigValue> config,
      Optional<String> region, Optional<String> networklink, Instant now) {
    return ConfigItems.check(type, config, false)
        .map(checked -> new DataSource(id, name, type, region, networklink,
            DataSourceStatus.STARTED, Optional.empty(), checked, now, Optional.empty(),
            Optional.empty()));
  }

  public DataSource rename(SourceName newName) {
    return new DataSource(id, newName, type, region, networklink, status, errMsg, config,
        createTime, lastUpdateTime, scanId);
  }

  /**
   * Merges {@code changes} into the config: given keys replace stored ones, a masked password
   * keeps the stored secret. The result is checked as a whole.
   */
  public Either<DomainError, DataSource> updateConfig(Map<String, ConfigValue> changes) {
    var secrets = secretKeys();
    var merged = new LinkedHashMap<>(config);
    changes.forEach((k, v) -> {
      if (!(secrets.contains(k) && v instanceof ConfigValue.Text t && t.value().equals(MASK))) {
        merged.put(k, v);
      }
    });
    return ConfigItems.check(type, merged, false)
        .map(checked -> new DataSource(id, name, type, region, networklink, status, errMsg,
            checked, createTime, lastUpdateTime, scanId));
  }

  public Either<DomainError, DataSource> start() {
    return switch (status) {
      case STOPPED, START_FAILED, STOP_FAILED, STARTED -> Either.right(withStatus(
          DataSourceStatus.STARTED, Optional.empty()));
      case STARTING, STOPPING -> Either.left(new IllegalTransition("DataSource", status.name(), "START"));
    };
  }

  public Either<DomainError, DataSource> stop() {
    return switch (status) {
      case STARTED, START_FAILED, STOP_FAILED, STOPPED -> Either.right(withStatus(
          DataSourceStatus.STOPPED, Optional.empty()));
      case STARTING, STOPPING -> Either.left(new IllegalTransition("DataSource", status.name(), "STOP"));
    };
  }

  public DataSource scanStarted(AsyncTaskId scan) {
    return new DataSource(id, name, type, region, networklink, status, errMsg, config, createTime,
        lastUpdateTime, Optional.of(scan));
  }

  public DataSource scanFinished(Instant at) {
    return new DataSource(id, name, type, region, networklink, status, errMsg, config, createTime,
        Optional.of(at), scanId);
  }

  /** The config with every password replaced by {@link #MASK}. */
  public Map<String, ConfigValue> maskedConfig() {
    var secrets = secretKeys();
    var masked = new LinkedHashMap<String, ConfigValue>();
    config.forEach((k, v) -> masked.put(k, secrets.contains(k) ? new ConfigValue.Text(MASK) : v));
    return masked;
  }

  public Optional<ConfigValue> configValue(String key) {
    return Optional.ofNullable(config.get(key));
  }

  /** The default destination project (MaxCompute's {@code mc.default.project}) where one is set. */
  public Optional<String> dstProject() {
    return configValue(ConfigItems.MC_DEFAULT_PROJECT).map(ConfigValue::asText);
  }

  private java.util.Set<String> secretKeys() {
    return ConfigItems.of(type, Language.en_US).stream()
        .filter(ConfigItem::secret)
        .map(ConfigItem::key)
        .collect(java.util.stream.Collectors.toSet());
  }

  private DataSource withStatus(DataSourceStatus s, Optional<String> err) {
    return new DataSource(id, name, type, region, networklink, s, err, config, createTime,
        lastUpdateTime, scanId);
  }
}
