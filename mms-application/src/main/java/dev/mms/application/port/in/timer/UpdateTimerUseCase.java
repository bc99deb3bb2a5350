package dev.mms.application.port.in.timer;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * UpdateMmsTimer: changes the schedule, pauses or resumes ({@code stopped}), or replaces the table
 * white and black lists. Of {@code scheduleType} and {@code value}, one not given keeps its stored
 * value and the pair is checked again.
 */
public interface UpdateTimerUseCase {

  Either<DomainError, TimerId> updateTimer(UpdateTimerCommand command);

  /** Fields not given stay as they are. */
  record UpdateTimerCommand(
      long sourceId, long timerId, Optional<String> scheduleType, Optional<String> value,
      Optional<Boolean> stopped, Optional<List<String>> tableWhiteList,
      Optional<List<String>> tableBlackList) {
    public UpdateTimerCommand {
      Objects.requireNonNull(scheduleType, "scheduleType");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(stopped, "stopped");
      tableWhiteList = tableWhiteList.map(List::copyOf);
      tableBlackList = tableBlackList.map(List::copyOf);
    }
  }
}
