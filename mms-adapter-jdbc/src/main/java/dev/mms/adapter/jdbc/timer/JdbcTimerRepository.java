package dev.mms.adapter.jdbc.timer;

import dev.mms.adapter.jdbc.json.JsonCodec;
import dev.mms.adapter.jdbc.sql.Batches;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.adapter.jdbc.sql.Paging;
import dev.mms.adapter.jdbc.sql.RowCodec;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.application.port.out.TimerRepository;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.TimerQuery;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TimerName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.Schedule;
import dev.mms.domain.timer.Timer;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Timers in {@code mms_timer}; the tables of each timer's config are also kept in {@code
 * mms_timer_table}, so ListMmsTimers filters by table with an index.
 */
public final class JdbcTimerRepository implements TimerRepository {
  private static final String SELECT = "SELECT " + TimerRow.COLUMNS + " FROM mms_timer";
  private static final String INSERT = Sql.insert("mms_timer", TimerRow.COLUMNS);
  private static final String UPDATE = Sql.updateById("mms_timer", TimerRow.COLUMNS);

  private final Db db;

  public JdbcTimerRepository(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** A row of {@code mms_timer_table}. */
  private record TimerTableRow(long timerId, String tableName) {
    static final String COLUMNS = "timer_id, table_name";
    static final RowCodec<TimerTableRow> CODEC = RowCodec.writeOnly(TimerTableRow.class, COLUMNS,
        (r, out) -> out.add(r.timerId).add(r.tableName));
  }

  @Override
  public void insert(Timer timer) {
    db.useHandle(h -> {
      TimerRow.CODEC.bind(h.createUpdate(INSERT), toRow(timer)).execute();
      writeTables(h, timer);
    });
  }

  @Override
  public void update(Timer timer) {
    db.useHandle(h -> {
      TimerRow.CODEC.bind(h.createUpdate(UPDATE), toRow(timer)).execute();
      deleteTables(h, timer.id());
      writeTables(h, timer);
    });
  }

  private static void writeTables(Handle h, Timer timer) {
    Batches.execute(h, Sql.insert("mms_timer_table", TimerTableRow.COLUMNS),
        timer.config().tables().stream().map(t -> new TimerTableRow(timer.id().value(), t.value()))
            .distinct().toList(), TimerTableRow.CODEC::bind);
  }

  private static void deleteTables(Handle h, TimerId id) {
    h.createUpdate("DELETE FROM mms_timer_table WHERE timer_id = :id").bind("id", id.value()).execute();
  }

  @Override
  public Option<Timer> findById(SourceId sourceId, TimerId id) {
    return db.withHandle(h -> Option.ofOptional(h.createQuery(SELECT + " WHERE id = :id AND source_id = :source")
        .bind("id", id.value())
        .bind("source", sourceId.value())
        .map(TimerRow.CODEC)
        .findOne()
        .map(JdbcTimerRepository::toDomain)));
  }

  @Override
  public Page<Timer> find(TimerQuery q) {
    var c = new Criteria()
        .where("source_id = :source", "source", q.sourceId().value())
        .whereContains("name", q.name())
        .whereIf(q.srcDbName(), "src_db_name = :srcDb", "srcDb")
        .whereIf(q.srcTableName(), "id IN (SELECT timer_id FROM mms_timer_table"
            + " WHERE table_name = :srcTable)", "srcTable")
        .whereIf(q.stopped(), "stopped = :stopped", "stopped");
    return db.withHandle(h -> Paging.page(h, TimerRow.COLUMNS, "mms_timer", c, "id ASC", q.page(),
        TimerRow.CODEC, JdbcTimerRepository::toDomain));
  }

  @Override
  public List<Timer> findActive() {
    return db.withHandle(h -> h.createQuery(SELECT + " WHERE stopped = FALSE ORDER BY id")
        .map(TimerRow.CODEC)
        .list()
        .stream()
        .map(JdbcTimerRepository::toDomain)
        .toList());
  }

  @Override
  public void delete(TimerId id) {
    db.useHandle(h -> {
      deleteTables(h, id);
      h.createUpdate("DELETE FROM mms_timer WHERE id = :id").bind("id", id.value()).execute();
    });
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    db.useHandle(h -> {
      h.createUpdate("DELETE FROM mms_timer_table WHERE timer_id IN"
              + " (SELECT id FROM mms_timer WHERE source_id = :source)")
          .bind("source", sourceId.value())
          .execute();
      h.createUpdate("DELETE FROM mms_timer WHERE source_id = :source")
          .bind("source", sourceId.value())
          .execute();
    });
  }

  private static TimerRow toRow(Timer t) {
    return new TimerRow(t.id().value(), t.name().value(), t.sourceId().value(), t.dbId().value(),
        t.srcDbName().value(), t.schedule().type(), t.schedule().value(),
        JsonCodec.jobConfig(t.config()), t.stopped(), Times.nanos(t.createTime()),
        Times.nanos(t.updateTime()), Times.nanos(t.lastFiredAt()));
  }

  private static Timer toDomain(TimerRow r) {
    var schedule = Schedule.of(r.scheduleType(), r.scheduleValue()).toEither().getOrElseThrow(e ->
        new IllegalStateException("stored timer " + r.id() + " has an unreadable schedule: " + e.message()));
    return new Timer(new TimerId(r.id()), new TimerName(r.name()), new SourceId(r.sourceId()),
        new DatabaseId(r.dbId()), new DatabaseName(r.srcDbName()), schedule,
        JsonCodec.jobConfig(r.config()), r.stopped(), Times.instant(r.createTime()),
        Times.instant(r.updateTime()), Times.instant(r.lastFiredAt()));
  }
}
