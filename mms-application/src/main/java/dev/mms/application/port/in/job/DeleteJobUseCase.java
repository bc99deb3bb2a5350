package dev.mms.application.port.in.job;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import io.vavr.control.Either;

/** DeleteMmsJob: stops the job, then removes it with its tasks and their logs; data already copied stays. */
public interface DeleteJobUseCase {

  Either<DomainError, JobId> deleteJob(DeleteJobCommand command);

  record DeleteJobCommand(long sourceId, long jobId) {}
}
