package dev.mms.application.port.in.job;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import io.vavr.control.Either;

/** StartMmsJob: clears the stop flag of the job and its tasks; work resumes where it stopped. */
public interface StartJobUseCase {

  Either<DomainError, JobId> startJob(StartJobCommand command);

  record StartJobCommand(long sourceId, long jobId) {}
}
