package dev.mms.domain.error;

import java.util.List;

/** Several problems found at once in one input, reported together rather than one per round trip. */
public record ValidationFailed(List<DomainError> problems) implements DomainError {
  public ValidationFailed {
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one problem");
    }
  }

  /** One problem stays itself; several are wrapped. */
  public static DomainError of(Iterable<? extends DomainError> errors) {
    var list = new java.util.ArrayList<DomainError>();
    errors.forEach(list::add);
    return list.size() == 1 ? list.get(0) : new ValidationFailed(list);
  }

  @Override
  public ErrorCategory category() {
    return problems.stream().allMatch(p -> p.category() == problems.get(0).category())
        ? problems.get(0).category()
        : ErrorCategory.VALIDATION;
  }

  @Override
  public String code() {
    return problems.stream().map(DomainError::code).distinct().count() == 1
        ? problems.get(0).code()
        : "InvalidParameter";
  }

  @Override
  public String message() {
    return String.join("; ", problems.stream().map(DomainError::message).toList());
  }
}
