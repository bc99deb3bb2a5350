package dev.mms.domain.timer;

import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TimerName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A schedule plus the config of the jobs it creates. {@code lastFiredAt} is when it last created
 * a job (by schedule or by TriggerMmsTimer).
 */
public record Timer(
    TimerId id,
    TimerName name,
    SourceId sourceId,
    DatabaseId dbId,
    DatabaseName srcDbName,
    Schedule schedule,
    JobConfig config,
    boolean stopped,
    Instant createTime,
    Instant updateTime,
    Optional<Instant> lastFiredAt) {
  public Timer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(srcDbName, "srcDbName");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(createTime, "createTime");
    Objects.requireNonNull(updateTime, "updateTime");
    Objects.requireNonNull(lastFiredAt, "lastFiredAt");
  }

  public Timer update(Schedule newSchedule, JobConfig newConfig, boolean nowStopped, Instant at) {
    return new Timer(id, name, sourceId, dbId, srcDbName, newSchedule, newConfig, nowStopped,
        createTime, at, lastFiredAt);
  }

  public Timer fired(Instant at) {
    return new Timer(id, name, sourceId, dbId, srcDbName, schedule, config, stopped, createTime,
        updateTime, Optional.of(at));
  }
}
