package dev.mms.application.port.in.job;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobSummary;
import io.vavr.control.Either;

/** GetMmsJob. */
public interface GetJobUseCase {

  Either<DomainError, JobSummary> getJob(GetJobQuery query);

  record GetJobQuery(long sourceId, long jobId) {}
}
