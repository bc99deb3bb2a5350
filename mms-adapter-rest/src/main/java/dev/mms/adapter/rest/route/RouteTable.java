package dev.mms.adapter.rest.route;

import dev.mms.adapter.rest.error.ErrorMapper;
import dev.mms.adapter.rest.error.Problem;
import dev.mms.adapter.rest.wire.QueryParams;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the {@link Operation} of a request from its method, its path as received and, for the dry
 * run, its query. A path no operation has is a 404, a known path with another method a 405, and a
 * path id that is not a positive int64 a 400 naming the placeholder.
 */
public final class RouteTable {
  private static final Pattern ID = Pattern.compile("[0-9]{1,19}");

  private RouteTable() {}

  public static Either<Problem, RouteMatch> match(
      String method, String rawPath, QueryParams query) {
    var segments = rawPath.split("/", -1);
    var onPath =
        Arrays.stream(Operation.values())
            .filter(op -> fits(op.pathTemplate().split("/", -1), segments))
            .toList();
    if (onPath.isEmpty()) {
      return Either.left(Problem.noSuchOperation(method, rawPath));
    }
    var candidates = onPath.stream().filter(op -> op.method().equals(method)).toList();
    if (candidates.isEmpty()) {
      var allowed = new TreeSet<String>();
      onPath.forEach(op -> allowed.add(op.method()));
      return Either.left(Problem.methodNotAllowed(method, rawPath, allowed));
    }
    return choose(candidates, query).flatMap(op -> ids(op, segments));
  }

  private static boolean fits(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      if (!Operation.isPlaceholder(template[i]) && !template[i].equals(segments[i])) {
        return false;
      }
      if (Operation.isPlaceholder(template[i]) && segments[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The operation whose flag the query sets, else the one without a flag. */
  private static Either<Problem, Operation> choose(List<Operation> candidates, QueryParams query) {
    for (var op : candidates) {
      if (op.flag().isPresent()) {
        var set = query.read(reader -> reader.bool(op.flag().get()));
        if (set.isLeft()) {
          return Either.left(ErrorMapper.toProblem(set.getLeft()));
        }
        if (set.get().orElse(false)) {
          return Either.right(op);
        }
      }
    }
    return Either.right(
        candidates.stream()
            .filter(op -> op.flag().isEmpty())
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no unflagged operation among " + candidates)));
  }

  private static Either<Problem, RouteMatch> ids(Operation op, String[] segments) {
    var template = op.pathTemplate().split("/", -1);
    var ids = new LinkedHashMap<String, Long>();
    for (int i = 0; i < template.length; i++) {
      if (Operation.isPlaceholder(template[i])) {
        var name = template[i].substring(1, template[i].length() - 1);
        var id = positiveId(segments[i]);
        if (id == null) {
          return Either.left(
              ErrorMapper.toProblem(
                  new InvalidValue(
                      name, "must be a positive int64 id, got '" + segments[i] + "'")));
        }
        ids.put(name, id);
      }
    }
    return Either.right(new RouteMatch(op, ids));
  }

  private static Long positiveId(String segment) {
    if (!ID.matcher(segment).matches()) {
      return null;
    }
    try {
      long id = Long.parseLong(segment);
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
