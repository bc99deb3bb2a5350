package dev.mms.adapter.jdbc.engine;

import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.PhaseOutcome.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps a phase ran, in order. The statement under way is remembered, so a failure is
 * logged against the SQL that failed.
 */
final class StepLog {
  private final List<Step> steps = new ArrayList<>();
  private Optional<String> pending = Optional.empty();

  void begin(String action) {
    pending = Optional.of(action);
  }

  void done(String msg) {
    steps.add(new Step(pending.orElseThrow(() -> new IllegalStateException("no step begun")), msg));
    pending = Optional.empty();
  }

  void record(String action, String msg) {
    steps.add(new Step(action, msg));
  }

  PhaseOutcome succeeded() {
    return new PhaseOutcome.Succeeded(steps);
  }

  PhaseOutcome cancelled() {
    pending.ifPresent(a -> steps.add(new Step(a, "cancelled")));
    pending = Optional.empty();
    return new PhaseOutcome.Cancelled(steps);
  }

  PhaseOutcome failed(String error) {
    pending.ifPresent(a -> steps.add(new Step(a, "failed: " + error)));
    pending = Optional.empty();
    return new PhaseOutcome.Failed(steps, error);
  }
}
