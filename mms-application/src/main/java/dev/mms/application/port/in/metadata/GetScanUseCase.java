package dev.mms.application.port.in.metadata;

import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;

/**
 * GetMmsFetchMetadataJob: a scan with its progress and, once DONE, its result summary
 * ({@code {"databases":n,"tables":n,"partitions":n,...}}) or its error.
 */
public interface GetScanUseCase {

  /** An async task that is not a scan is {@code NotFound} ({@code Scan}). */
  Either<DomainError, AsyncTask> getScan(GetScanQuery query);

  record GetScanQuery(long sourceId, long scanId) {}
}
