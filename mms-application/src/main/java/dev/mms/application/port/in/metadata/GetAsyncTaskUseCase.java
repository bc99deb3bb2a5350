package dev.mms.application.port.in.metadata;

import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;

/** GetMmsAsyncTask: any async task of the source (job creation, stop, scan, connection test). */
public interface GetAsyncTaskUseCase {

  Either<DomainError, AsyncTask> getAsyncTask(GetAsyncTaskQuery query);

  record GetAsyncTaskQuery(long sourceId, long asyncTaskId) {}
}
