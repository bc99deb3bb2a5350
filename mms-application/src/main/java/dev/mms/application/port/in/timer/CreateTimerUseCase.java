package dev.mms.application.port.in.timer;

import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * CreateMmsTimer: a Daily ({@code HH:MM}) or Hourly ({@code MM}) schedule plus the config of the
 * jobs it creates, checked as a job's config is.
 */
public interface CreateTimerUseCase {

  Either<DomainError, TimerId> createTimer(CreateTimerCommand command);

  /** Texts are empty when not given. */
  record CreateTimerCommand(
      long sourceId, String name, String srcDbName, String scheduleType, String value,
      JobConfigInput config) {
    public CreateTimerCommand {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(srcDbName, "srcDbName");
      Objects.requireNonNull(scheduleType, "scheduleType");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(config, "config");
    }
  }
}
