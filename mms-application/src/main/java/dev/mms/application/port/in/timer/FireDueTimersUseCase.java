package dev.mms.application.port.in.timer;

import dev.mms.domain.timer.TimerId;
import java.time.Instant;
import java.util.List;

/**
 * Called periodically by the server: fires, once, every active timer whose next firing after its
 * last one (or its creation) is not after {@code now}.
 */
public interface FireDueTimersUseCase {

  /**
   * The timers fired. It does not return an {@code Either}: a firing that could not create a job
   * is not a failure of this call but a row in that timer's log.
   */
  List<TimerId> fireDueTimers(Instant now);
}
