package dev.mms.domain.error;

/** What kind of refusal an error is; each category has exactly one HTTP decision in the REST adapter. */
public enum ErrorCategory {
  VALIDATION,
  NOT_FOUND,
  CONFLICT
}
