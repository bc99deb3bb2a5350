package dev.mms.application.port.in.timer;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.timer.Timer;
import io.vavr.control.Either;

/** GetMmsTimer. */
public interface GetTimerUseCase {

  Either<DomainError, Timer> getTimer(GetTimerQuery query);

  record GetTimerQuery(long sourceId, long timerId) {}
}
