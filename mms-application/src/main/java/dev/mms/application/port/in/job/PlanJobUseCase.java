package dev.mms.application.port.in.job;

import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.plan.Plan;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The dry run of CreateMmsJob ({@code dryRun=true}): the same checks and the plan (tables and
 * partitions selected, those skipped with a reason, the task groups, totals, warnings), without
 * creating anything.
 */
public interface PlanJobUseCase {

  Either<DomainError, Plan> planJob(PlanJobCommand command);

  /** The job that would be created. */
  record PlanJobCommand(CreateJobCommand job) {
    public PlanJobCommand {
      Objects.requireNonNull(job, "job");
    }
  }
}
