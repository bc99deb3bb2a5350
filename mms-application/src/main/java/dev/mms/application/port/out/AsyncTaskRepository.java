package dev.mms.application.port.out;

import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Async tasks (job creation, stop, scans, connection tests). Several processes may share one
 * store: an async task ends once, whichever of its runner and a sweep gets there first.
 */
public interface AsyncTaskRepository {
  void insert(AsyncTask task);

  /**
   * Stores {@code next} only while the stored task is still DOING, so that a late write (of the
   * work, or of a sweep failing it) never undoes its end; false when it had ended or is absent.
   */
  boolean update(AsyncTask next);

  /** Only an async task of {@code sourceId}. */
  Option<AsyncTask> findById(SourceId sourceId, AsyncTaskId id);

  /** Async tasks still DOING: after a restart nobody is running them any more. */
  List<AsyncTask> findRunning();

  /** Async tasks still DOING whose heartbeat is older than {@code before}, of every source, in id order. */
  List<AsyncTask> findStale(Instant before);

  void deleteBySource(SourceId sourceId);
}
