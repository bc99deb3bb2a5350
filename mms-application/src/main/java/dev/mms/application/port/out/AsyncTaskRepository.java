package dev.mms.application.port.out;

import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;
import java.util.List;

/** Async tasks (job creation, stop, scans, connection tests). */
public interface AsyncTaskRepository {
  void insert(AsyncTask task);

  void update(AsyncTask task);

  /** Only an async task of {@code sourceId}. */
  Option<AsyncTask> findById(SourceId sourceId, AsyncTaskId id);

  /** Async tasks still DOING: after a restart nobody is running them any more. */
  List<AsyncTask> findRunning();

  void deleteBySource(SourceId sourceId);
}
