package dev.mms.application.port.out;

import dev.mms.domain.source.DataSourceType;

/**
 * Moves one task of a data source type through its phases. Every phase is idempotent: schema
 * creates the destination if absent (and checks it is compatible if present), data replaces
 * exactly the task's partitions, verification counts again. Unexpected failures may be thrown;
 * the worker records them as a failed phase.
 */
public interface MigrationEnginePort {
  boolean supports(DataSourceType type);

  PhaseOutcome migrateSchema(PhaseContext context);

  PhaseOutcome migrateData(PhaseContext context);

  PhaseOutcome verify(PhaseContext context);
}
