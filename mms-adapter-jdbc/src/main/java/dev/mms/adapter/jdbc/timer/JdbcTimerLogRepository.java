package dev.mms.adapter.jdbc.timer;

import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.RowCodec;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.TimerLogRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import dev.mms.domain.timer.TimerLog;
import dev.mms.domain.timer.TimerLogId;
import java.util.Objects;
import java.util.Optional;

/** What timers did, in {@code mms_timer_log}. */
public final class JdbcTimerLogRepository implements TimerLogRepository {
  private static final String INSERT = Sql.insert("mms_timer_log", TimerLogRow.COLUMNS);

  private final Db db;

  public JdbcTimerLogRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** A row of {@code mms_timer_log}. */
  private record TimerLogRow(long id, long timerId, long sourceId, Long asyncTaskId, String action,
                             String msg, long createTime) {
    static final String COLUMNS = "id, timer_id, source_id, async_task_id, action, msg, create_time";
    static final RowCodec<TimerLogRow> CODEC = RowCodec.of(TimerLogRow.class, COLUMNS,
        in -> new TimerLogRow(in.nextLong(), in.nextLong(), in.nextLong(), in.nextLongOrNull(),
            in.nextString(), in.nextString(), in.nextLong()),
        (r, out) -> out.add(r.id).add(r.timerId).add(r.sourceId).add(r.asyncTaskId).add(r.action)
            .add(r.msg).add(r.createTime));
  }

  @Override
  public void append(TimerLog log) {
    var row = new TimerLogRow(log.id().value(), log.timerId().value(), log.sourceId().value(),
        log.asyncTaskId().map(AsyncTaskId::value).orElse(null), log.action(), log.msg(),
        Times.nanos(log.createTime()));
    db.useHandle(h -> TimerLogRow.CODEC.bind(h.createUpdate(INSERT), row).execute());
  }

  @Override
  public Page<TimerLog> find(TimerId timerId, PageRequest page) {
    var c = new Criteria().where("timer_id = :timer", "timer", timerId.value());
    return db.withHandle(h -> Paging.page(h, TimerLogRow.COLUMNS, "mms_timer_log", c,
        "create_time DESC, id DESC",
        page, TimerLogRow.CODEC, r -> new TimerLog(new TimerLogId(r.id()), new TimerId(r.timerId()),
            new SourceId(r.sourceId()), Optional.ofNullable(r.asyncTaskId()).map(AsyncTaskId::new),
            r.action(), r.msg(), Times.instant(r.createTime()))));
  }

  @Override
  public void deleteByTimer(TimerId timerId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_timer_log WHERE timer_id = :timer")
        .bind("timer", timerId.value()).execute());
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> h.createUpdate("DELETE FROM mms_timer_log WHERE source_id = :source")
        .bind("source", sourceId.value()).execute());
  }
}
