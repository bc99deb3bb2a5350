package dev.mms.domain.error;

/**
 * An expected failure with a stable wire code (the MMS-style {@code code} of an error body) and a
 * message a user can act on.
 */
public sealed interface DomainError
    permits InvalidValue,
        MissingValue,
        NotFound,
        IllegalTransition,
        Conflict,
        InvalidPartitionFilter,
        ValidationFailed {

  ErrorCategory category();

  /** The wire code, e.g. {@code InvalidParameter} or {@code EntityNotExist.Job}. */
  String code();

  String message();
}
