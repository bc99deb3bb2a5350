package dev.mms.application.memory;

import dev.mms.application.port.out.AsyncTaskRepository;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/** Async tasks in memory. */
public final class InMemoryAsyncTaskRepository implements AsyncTaskRepository {
  private final Guard guard;
  private final Rows<AsyncTaskId, AsyncTask> rows;
  private final Rows<AsyncTaskId, AsyncTask>.Group<SourceId> bySource;

  InMemoryAsyncTaskRepository(Guard guard) {
    this.guard = guard;
    this.rows = new Rows<>(guard, "async task", AsyncTask::id);
    this.bySource = rows.groupBy(AsyncTask::sourceId);
  }

  @Override
  public void insert(AsyncTask task) {
    guard.write(() -> rows.insertAll(List.of(task)));
  }

  @Override
  public boolean update(AsyncTask next) {
    return guard.write(() -> rows.get(next.id()).filter(AsyncTask::running).isPresent()
        && rows.update(next));
  }

  @Override
  public Option<AsyncTask> findById(SourceId sourceId, AsyncTaskId id) {
    return guard.read(() -> Option.ofOptional(rows.get(id).filter(t -> t.sourceId().equals(sourceId))));
  }

  /** In id order. */
  @Override
  public List<AsyncTask> findRunning() {
    return guard.read(() -> rows.all().stream().filter(AsyncTask::running).toList());
  }

  /** In id order. */
  @Override
  public List<AsyncTask> findStale(Instant before) {
    return guard.read(() -> rows.all().stream()
        .filter(t -> t.running() && t.heartbeatAt().isBefore(before))
        .toList());
  }

  @Override
  public void deleteBySource(SourceId sourceId) {
    guard.write(() -> rows.removeAll(bySource.get(sourceId)));
  }
}
