package dev.mms.application.port.in.job;

import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * CreateMmsJob: checks the request (source STARTED and of a type with an engine, database
 * scanned, filters valid for their tables, …), plans it, and stores the job with its tasks at once.
 * The job starts by itself. The answer is an async task (TASK_CREATE) whose {@code objectId} is
 * the job id.
 */
public interface CreateJobUseCase {

  Either<DomainError, AsyncTaskId> createJob(CreateJobCommand command);

  /**
   * {@code name} and {@code srcDbName} are required and empty when not given. {@code dstDbName}
   * defaults to the source's default project, else the source database name; {@code eta} is a
   * date like {@code 2025-02-04}.
   */
  record CreateJobCommand(
      long sourceId,
      String name,
      String srcDbName,
      Optional<String> srcSchemaName,
      Optional<String> dstDbName,
      Optional<String> dstSchemaName,
      Optional<String> eta,
      JobConfigInput config) {
    public CreateJobCommand {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(srcDbName, "srcDbName");
      Objects.requireNonNull(srcSchemaName, "srcSchemaName");
      Objects.requireNonNull(dstDbName, "dstDbName");
      Objects.requireNonNull(dstSchemaName, "dstSchemaName");
      Objects.requireNonNull(eta, "eta");
      Objects.requireNonNull(config, "config");
    }
  }
}
