package dev.mms.application.port.in.timer;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;

/**
 * TriggerMmsTimer: runs the timer now, creating a job over the new or updated partitions of its
 * scope. The outcome (the job, or why none was created) is a timer log row.
 */
public interface TriggerTimerUseCase {

  Either<DomainError, TimerId> triggerTimer(TriggerTimerCommand command);

  record TriggerTimerCommand(long sourceId, long timerId) {}
}
