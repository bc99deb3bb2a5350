package dev.mms.adapter.rest.error;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.ValidationFailed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where a {@link DomainError} becomes an HTTP answer: the status follows the category
 * alone, the code and message are the error's own. Partition-filter errors carry their position as
 * {@code details}, and a {@link ValidationFailed} lists each of its problems.
 */
public final class ErrorMapper {
  private ErrorMapper() {}

  public static Problem toProblem(DomainError error) {
    int status =
        switch (error.category()) {
          case VALIDATION -> 400;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
        };
    return new Problem(status, error.code(), error.message(), details(error), Map.of());
  }

  private static Map<String, Object> details(DomainError error) {
    if (error instanceof InvalidPartitionFilter filter) {
      return position(filter);
    }
    if (error instanceof ValidationFailed failed) {
      List<Map<String, Object>> problems =
          failed.problems().stream().map(ErrorMapper::item).toList();
      return Map.of("problems", problems);
    }
    return Map.of();
  }

  private static Map<String, Object> item(DomainError problem) {
    var item = new LinkedHashMap<String, Object>();
    item.put("code", problem.code());
    item.put("message", problem.message());
    item.putAll(details(problem));
    return item;
  }

  private static Map<String, Object> position(InvalidPartitionFilter filter) {
    var details = new LinkedHashMap<String, Object>();
    details.put("line", filter.line());
    details.put("column", filter.column());
    if (!filter.table().isEmpty()) {
      details.put("table", filter.table());
    }
    return details;
  }
}
