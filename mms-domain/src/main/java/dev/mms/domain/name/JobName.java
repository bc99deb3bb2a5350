package dev.mms.domain.name;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Validation;

/** A job name. */
public record JobName(String value) implements Comparable<JobName> {
  public JobName {
    NameRules.require("name", value);
  }

  public static Validation<DomainError, JobName> of(String raw) {
    return of("name", raw);
  }

  /** Validates {@code raw} and names {@code field} in the error. */
  public static Validation<DomainError, JobName> of(String field, String raw) {
    return NameRules.validate(field, raw).map(JobName::new);
  }

  @Override
  public int compareTo(JobName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
