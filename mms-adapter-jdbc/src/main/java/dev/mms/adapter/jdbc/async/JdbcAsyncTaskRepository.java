package dev.mms.adapter.jdbc.async;

import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.async.AsyncTaskStatus;
import dev.mms.domain.async.AsyncTaskType;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Async tasks in {@code mms_async_task}. */
public final class JdbcAsyncTaskRepository implements AsyncTaskRepository {
  private static final String SELECT = "SELECT " + AsyncTaskRow.COLUMNS + " FROM mms_async_task";
  private static final String INSERT = Sql.insert("mms_async_task", AsyncTaskRow.COLUMNS);
  private static final String UPDATE_RUNNING = Sql.updateById("mms_async_task", AsyncTaskRow.COLUMNS)
      + " AND status = '" + AsyncTaskStatus.DOING.name() + "'";

  private final Db db;

  public JdbcAsyncTaskRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void insert(AsyncTask task) {
    db.useHandle(h -> AsyncTaskRow.CODEC.bind(h.createUpdate(INSERT), toRow(task)).execute());
  }

  @Override
  public boolean update(AsyncTask next) {
    return db.withHandle(
        h -> AsyncTaskRow.CODEC.bind(h.createUpdate(UPDATE_RUNNING), toRow(next)).execute()) == 1;
  }

  @Override
  public Option<AsyncTask> findById(SourceId sourceId, AsyncTaskId id) {
    return db.withHandle(h -> Option.ofOptional(h.createQuery(SELECT + " WHERE id = :id AND source_id = :source")
        .bind("id", id.value())
        .bind("source", sourceId.value())
        .map(AsyncTaskRow.CODEC)
        .findOne()
        .map(JdbcAsyncTaskRepository::toDomain)));
  }

  @Override
  public List<AsyncTask> findRunning() {
    return db.withHandle(h -> h.createQuery(SELECT + " WHERE status = :status ORDER BY id")
        .bind("status", AsyncTaskStatus.DOING.name())
        .map(AsyncTaskRow.CODEC)
        .list()
        .stream()
        .map(JdbcAsyncTaskRepository::toDomain)
        .toList());
  }

  @Override
  public List<AsyncTask> findStale(Instant before) {
    return db.withHandle(h -> h.createQuery(SELECT
            + " WHERE status = :status AND heartbeat_at < :before ORDER BY id")
        .bind("status", AsyncTaskStatus.DOING.name())
        .bind("before", Times.bound(before))
        .map(AsyncTaskRow.CODEC)
        .list()
        .stream()
        .map(JdbcAsyncTaskRepository::toDomain)
        .toList());
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_async_task WHERE source_id = :source")
        .bind("source", sourceId.value())
        .execute());
  }

  private static AsyncTaskRow toRow(AsyncTask t) {
    return new AsyncTaskRow(t.id().value(), t.sourceId().value(), t.type().name(),
        t.objectId().isPresent() ? t.objectId().getAsLong() : null, t.status().name(),
        t.progress(), t.result().orElse(null), t.errorMsg().orElse(null),
        Times.nanos(t.createTime()), Times.nanos(t.startTime()), Times.nanos(t.endTime()),
        Times.nanos(t.heartbeatAt()));
  }

  private static AsyncTask toDomain(AsyncTaskRow r) {
    return new AsyncTask(new AsyncTaskId(r.id()), new SourceId(r.sourceId()),
        AsyncTaskType.valueOf(r.type()),
        r.objectId() == null ? OptionalLong.empty() : OptionalLong.of(r.objectId()),
        AsyncTaskStatus.valueOf(r.status()), r.progress(), Optional.ofNullable(r.result()),
        Optional.ofNullable(r.errorMsg()), Times.instant(r.createTime()),
        Times.instant(r.startTime()), Times.instant(r.endTime()), Times.instant(r.heartbeatAt()));
  }
}
