package dev.mms.domain.job;

import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration job over one source database. Its status is not stored here: it is {@link
 * JobStatus#derive derived} from its tasks. {@code stopped} is the user's flag beside it.
 */
public record Job(
    JobId id,
    JobName name,
    SourceId sourceId,
    SourceName sourceName,
    DatabaseId dbId,
    DatabaseName srcDbName,
    Optional<String> srcSchemaName,
    String dstDbName,
    Optional<String> dstSchemaName,
    JobConfig config,
    Optional<Eta> eta,
    boolean stopped,
    Optional<TimerId> timerId,
    Instant createTime) {
  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(srcDbName, "srcDbName");
    Objects.requireNonNull(srcSchemaName, "srcSchemaName");
    Objects.requireNonNull(dstDbName, "dstDbName");
    Objects.requireNonNull(dstSchemaName, "dstSchemaName");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(eta, "eta");
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(createTime, "createTime");
  }

  public JobScope scope() {
    return config.scope();
  }

  public Job stop() {
    return withStopped(true);
  }

  public Job resume() {
    return withStopped(false);
  }

  private Job withStopped(boolean flag) {
    return new Job(id, name, sourceId, sourceName, dbId, srcDbName, srcSchemaName, dstDbName,
        dstSchemaName, config, eta, flag, timerId, createTime);
  }
}
