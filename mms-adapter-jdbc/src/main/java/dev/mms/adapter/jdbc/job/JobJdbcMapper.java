package dev.mms.adapter.jdbc.job;

import dev.mms.adapter.jdbc.sql.ColumnReader;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.job.Eta;
import dev.mms.domain.job.Job;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.JobName;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Job ↔ row and config, and a job read with its tally. */
final class JobJdbcMapper {
  /** A job, the key of its config and its tally's counts, which are null while it has no tally. */
  static final String SUMMARY_COLUMNS = Sql.qualified("j", JobRow.COLUMNS)
      + ", j.config_key, jt.total, jt.init, jt.done, jt.failed";
  static final String SUMMARY_FROM = "mms_job j LEFT JOIN mms_job_tally jt ON jt.job_id = j.id";
  static final RowMapper<Tallied> SUMMARY = ColumnReader.mapper(JobJdbcMapper::tallied);

  /** A job's row read with its config's key and its tally: a summary once its config is added. */
  record Tallied(JobRow row, JobConfigs.Key configKey, TaskTally tally) {
    JobSummary summary(JobConfig config) {
      return new JobSummary(toDomain(row, config), tally);
    }
  }

  private JobJdbcMapper() {}

  private static Tallied tallied(ColumnReader in) throws SQLException {
    var row = JobRow.CODEC.read(in);
    var configKey = new JobConfigs.Key(row.id(), in.nextLong());
    Long total = in.nextLongOrNull();
    long init = in.nextLong();
    long done = in.nextLong();
    long failed = in.nextLong();
    return new Tallied(row, configKey,
        total == null ? TaskTally.EMPTY : new TaskTally(total, init, done, failed));
  }

  static JobRow toRow(Job j) {
    return new JobRow(j.id().value(), j.sourceId().value(), j.name().value(), j.sourceName().value(),
        j.dbId().value(), j.srcDbName().value(), j.srcSchemaName().orElse(null), j.dstDbName(),
        j.dstSchemaName().orElse(null), j.eta().map(e -> e.date().toEpochDay()).orElse(null),
        j.stopped(), j.timerId().map(TimerId::value).orElse(null), Times.nanos(j.createTime()));
  }

  static Job toDomain(JobRow r, JobConfig config) {
    return new Job(new JobId(r.id()), new JobName(r.name()), new SourceId(r.sourceId()),
        new SourceName(r.sourceName()), new DatabaseId(r.dbId()), new DatabaseName(r.srcDbName()),
        Optional.ofNullable(r.srcSchemaName()), r.dstDbName(), Optional.ofNullable(r.dstSchemaName()),
        config, Optional.ofNullable(r.etaDay()).map(d -> new Eta(LocalDate.ofEpochDay(d))),
        r.stopped(), Optional.ofNullable(r.timerId()).map(TimerId::new), Times.instant(r.createTime()));
  }

  /** Where a job's tasks sort in claims: by eta in days, jobs without one last. */
  static long etaOrder(Job j) {
    return j.eta().map(e -> e.date().toEpochDay()).orElse(Long.MAX_VALUE);
  }
}
