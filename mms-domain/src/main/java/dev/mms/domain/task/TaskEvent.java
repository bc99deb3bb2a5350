package dev.mms.domain.task;

/** What can happen to a task; {@link TaskStatus#after} says where each event leads. */
public enum TaskEvent {
  BEGIN_SCHEMA,
  SCHEMA_OK,
  SCHEMA_FAILED,
  BEGIN_DATA,
  /** The job does not migrate data ({@code enableDataMigration} false): schema was all there was. */
  DATA_DISABLED,
  DATA_OK,
  DATA_FAILED,
  BEGIN_VERIFICATION,
  /** The job does not verify ({@code enableVerification} false). */
  VERIFICATION_DISABLED,
  COUNTS_MATCH,
  COUNTS_DIFFER,
  FINISH,
  RETRY
}
