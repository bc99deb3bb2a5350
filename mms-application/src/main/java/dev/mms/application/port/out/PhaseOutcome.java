package dev.mms.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * How a phase ended, with the steps it ran (each becomes a task log row). A verification whose
 * counts differ is {@link Failed}.
 */
public sealed interface PhaseOutcome {
  List<Step> steps();

  /** One thing a phase did: the statement or step name, and its result. */
  record Step(String action, String msg) {
    public Step {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(msg, "msg");
    }
  }

  /** The phase did all it had to. */
  record Succeeded(List<Step> steps) implements PhaseOutcome {
    public Succeeded {
      steps = List.copyOf(steps);
    }
  }

  /** The phase failed; {@code error} says why. */
  record Failed(List<Step> steps, String error) implements PhaseOutcome {
    public Failed {
      steps = List.copyOf(steps);
      Objects.requireNonNull(error, "error");
    }
  }

  /** The phase stopped at a safe point because it was cancelled; nothing is recorded as failed. */
  record Cancelled(List<Step> steps) implements PhaseOutcome {
    public Cancelled {
      steps = List.copyOf(steps);
    }
  }
}
