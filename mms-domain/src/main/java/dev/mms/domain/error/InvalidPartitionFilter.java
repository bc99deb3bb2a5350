package dev.mms.domain.error;

import java.util.Objects;

/**
 * A partition filter that does not parse or does not fit its table. {@code line} and
 * {@code column} are 1-based positions in {@code expression}; {@code table} is empty until the
 * filter is checked against a table.
 */
public record InvalidPartitionFilter(
    String table, String expression, int line, int column, String problem)
    implements DomainError {
  public InvalidPartitionFilter {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(problem, "problem");
  }

  public InvalidPartitionFilter forTable(String tableName) {
    return new InvalidPartitionFilter(tableName, expression, line, column, problem);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.VALIDATION;
  }

  @Override
  public String code() {
    return "InvalidPartitionFilter";
  }

  @Override
  public String message() {
    String where = "line " + line + ", column " + column;
    return (table.isEmpty() ? "partition filter" : "partition filter of table " + table)
        + " at " + where + ": " + problem;
  }
}
