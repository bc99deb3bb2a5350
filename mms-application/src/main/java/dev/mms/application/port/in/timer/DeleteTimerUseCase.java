package dev.mms.application.port.in.timer;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.timer.TimerId;
import io.vavr.control.Either;

/** DeleteMmsTimer: removes the timer and its logs; the jobs it created stay. */
public interface DeleteTimerUseCase {

  Either<DomainError, TimerId> deleteTimer(DeleteTimerCommand command);

  record DeleteTimerCommand(long sourceId, long timerId) {}
}
