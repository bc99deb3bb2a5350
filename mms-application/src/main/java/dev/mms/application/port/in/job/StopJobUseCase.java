package dev.mms.application.port.in.job;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobId;
import io.vavr.control.Either;

/** StopMmsJob: no new phase starts and running phases are interrupted; recorded as a STOP_JOB async task. */
public interface StopJobUseCase {

  Either<DomainError, JobId> stopJob(StopJobCommand command);

  record StopJobCommand(long sourceId, long jobId) {}
}
