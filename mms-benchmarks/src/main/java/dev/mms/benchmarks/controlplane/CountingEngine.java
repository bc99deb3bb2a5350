package dev.mms.benchmarks.controlplane;

import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.domain.source.DataSourceType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An engine that counts how often each task's data phase runs, around another engine. */
final class CountingEngine implements MigrationEnginePort {
  private final MigrationEnginePort engine;
  private final Map<Long, AtomicInteger> dataRuns = new ConcurrentHashMap<>();

  CountingEngine(MigrationEnginePort engine) {
    this.engine = engine;
  }

  /** Data-phase runs per task id. */
  Map<Long, AtomicInteger> dataRuns() {
    return dataRuns;
  }

  @Override
  public boolean supports(DataSourceType type) {
    return engine.supports(type);
  }

  @Override
  public PhaseOutcome migrateSchema(PhaseContext context) {
    return engine.migrateSchema(context);
  }

  @Override
  public PhaseOutcome migrateData(PhaseContext context) {
    dataRuns.computeIfAbsent(context.task().id().value(), id -> new AtomicInteger())
        .incrementAndGet();
    return engine.migrateData(context);
  }

  @Override
  public PhaseOutcome verify(PhaseContext context) {
    return engine.verify(context);
  }
}
