package dev.mms.adapter.rest.wire;

import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.JobId;
import dev.mms.domain.name.ColumnName;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.name.TimerName;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskId;
import dev.mms.domain.task.TaskLogId;
import dev.mms.domain.timer.TimerId;
import dev.mms.domain.timer.TimerLogId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How domain values appear on the wire, for every MapStruct mapper of the adapter to extend: ids as
 * int64 numbers, names as strings, absent optionals as missing keys (null, omitted by the mapper),
 * config values as the JSON they were given as.
 */
public interface WireValues {
  default long map(SourceId id) {
    return id.value();
  }

  default long map(DatabaseId id) {
    return id.value();
  }

  default long map(TableId id) {
    return id.value();
  }

  default long map(PartitionId id) {
    return id.value();
  }

  default long map(JobId id) {
    return id.value();
  }

  default long map(TaskId id) {
    return id.value();
  }

  default long map(TaskLogId id) {
    return id.value();
  }

  default long map(TimerId id) {
    return id.value();
  }

  default long map(TimerLogId id) {
    return id.value();
  }

  default long map(AsyncTaskId id) {
    return id.value();
  }

  default Long mapAsyncTaskId(Optional<AsyncTaskId> id) {
    return id.map(AsyncTaskId::value).orElse(null);
  }

  default String map(SourceName name) {
    return name.value();
  }

  default String map(DatabaseName name) {
    return name.value();
  }

  default String map(TableName name) {
    return name.value();
  }

  default String map(ColumnName name) {
    return name.value();
  }

  default String map(JobName name) {
    return name.value();
  }

  default String map(TimerName name) {
    return name.value();
  }

  default String mapEta(Optional<Eta> eta) {
    return eta.map(Eta::toString).orElse(null);
  }

  default String mapText(Optional<String> text) {
    return text.orElse(null);
  }

  default Instant mapTime(Optional<Instant> time) {
    return time.orElse(null);
  }

  default Long mapNumber(OptionalLong number) {
    return number.isPresent() ? number.getAsLong() : null;
  }

  default Object mapValue(Optional<ConfigValue> value) {
    return value.map(ConfigValues::plain).orElse(null);
  }

  default Map<String, Object> mapValues(Map<String, ConfigValue> values) {
    return ConfigValues.plain(values);
  }
}
