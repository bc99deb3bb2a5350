package dev.mms.application.service.scheduler;

import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.task.TaskId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Wraps a real engine to watch what workers do with it: how often each phase of each task ran,
 * and whether a task ever ran in two phases at once. A hook may act before a phase (move the
 * clock, let another worker in) or replace its outcome.
 */
final class ProbeEngine implements MigrationEnginePort {
  enum Phase { SCHEMA, DATA, VERIFICATION }

  private final MigrationEnginePort delegate;
  private final Set<TaskId> running = ConcurrentHashMap.newKeySet();
  private final AtomicInteger overlaps = new AtomicInteger();
  private final Map<TaskId, Map<Phase, AtomicInteger>> runs = new ConcurrentHashMap<>();
  private volatile BiFunction<Phase, PhaseContext, Optional<PhaseOutcome>> hook =
      (phase, context) -> Optional.empty();

  ProbeEngine(MigrationEnginePort delegate) {
    this.delegate = delegate;
  }

  void hook(BiFunction<Phase, PhaseContext, Optional<PhaseOutcome>> newHook) {
    hook = newHook;
  }

  int runs(TaskId task, Phase phase) {
    return runs.getOrDefault(task, Map.of()).getOrDefault(phase, new AtomicInteger()).get();
  }

  int overlaps() {
    return overlaps.get();
  }

  Set<TaskId> running() {
    return Set.copyOf(running);
  }

  @Override
  public boolean supports(DataSourceType type) {
    return delegate.supports(type);
  }

  @Override
  public PhaseOutcome migrateSchema(PhaseContext context) {
    return run(Phase.SCHEMA, context, delegate::migrateSchema);
  }

  @Override
  public PhaseOutcome migrateData(PhaseContext context) {
    return run(Phase.DATA, context, delegate::migrateData);
  }

  @Override
  public PhaseOutcome verify(PhaseContext context) {
    return run(Phase.VERIFICATION, context, delegate::verify);
  }

  private PhaseOutcome run(Phase phase, PhaseContext context, Function<PhaseContext, PhaseOutcome> body) {
    var id = context.task().id();
    runs.computeIfAbsent(id, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(phase, k -> new AtomicInteger()).incrementAndGet();
    if (!running.add(id)) {
      overlaps.incrementAndGet();
    }
    try {
      return hook.apply(phase, context).orElseGet(() -> body.apply(context));
    } finally {
      running.remove(id);
    }
  }
}
