package dev.mms.application.port.in.job;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import io.vavr.control.Either;

/** RetryMmsJob: every failed task of the job takes its retry transition (and a log row). */
public interface RetryJobUseCase {

  Either<DomainError, JobId> retryJob(RetryJobCommand command);

  record RetryJobCommand(long sourceId, long jobId) {}
}
