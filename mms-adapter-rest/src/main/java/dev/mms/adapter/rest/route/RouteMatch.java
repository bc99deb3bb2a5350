package dev.mms.adapter.rest.route;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/** The operation a request addresses and the int64 ids its path carries, by placeholder name. */
public record RouteMatch(Operation operation, Map<String, Long> ids) {
  public RouteMatch {
    Objects.requireNonNull(operation, "operation");
    ids = Collections.unmodifiableMap(new LinkedHashMap<>(ids));
    if (!ids.keySet().equals(Set.copyOf(operation.pathParams()))) {
      throw new IllegalArgumentException(
          operation + " has path ids " + operation.pathParams() + ", not " + ids.keySet());
    }
  }

  /** The id in the placeholder {@code name} of the path, e.g. {@code jobId}. */
  public long id(String name) {
    var id = ids.get(name);
    if (id == null) {
      throw new NoSuchElementException(operation.operationName() + " has no path id " + name);
    }
    return id;
  }

  /** The data source the request acts on, for operations under {@code /datasources/{sourceId}}. */
  public Option<Long> sourceId() {
    return Option.of(ids.get("sourceId"));
  }
}
