package dev.mms.adapter.rest.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query string of a request, decoded as the SDKs encode it (form encoding: {@code +} is a
 * space), with typed readers for the MMS quirks: dotted and JSON sorters, JSON-array status
 * filters, {@code stopped} as {@code 0/1}, int64 ids and paging. Every reader refuses a bad value
 * with an {@link InvalidValue} naming the parameter; an empty value counts as absent, and
 * parameters nobody asks for are ignored.
 */
public final class QueryParams {
  private static final ObjectMapper JSON = JsonMapperFactory.create(ZoneOffset.UTC);
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
  private static final String SORTER = "sorter";
  private static final String SORTER_PREFIX = SORTER + ".";

  private final List<Map.Entry<String, String>> pairs;

  private QueryParams(List<Map.Entry<String, String>> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  public static QueryParams empty() {
    return new QueryParams(List.of());
  }

  /** Decodes a raw query string ({@code null} or empty for none); bad percent-escapes are a 400. */
  public static Either<DomainError, QueryParams> parse(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Either.right(empty());
    }
    var pairs = new ArrayList<Map.Entry<String, String>>();
    for (var part : rawQuery.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      var rawKey = eq < 0 ? part : part.substring(0, eq);
      var rawValue = eq < 0 ? "" : part.substring(eq + 1);
      try {
        pairs.add(Map.entry(decode(rawKey), decode(rawValue)));
      } catch (IllegalArgumentException e) {
        return Either.left(
            new InvalidValue("query", "malformed percent-encoding in '" + part + "'"));
      }
    }
    return Either.right(new QueryParams(pairs));
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  /** Every decoded key/value pair in wire order, as the signature check needs them. */
  public List<Map.Entry<String, String>> pairs() {
    return pairs;
  }

  public Either<DomainError, Option<String>> text(String name) {
    var values = values(name);
    if (values.size() > 1) {
      return Either.left(new InvalidValue(name, "given more than once"));
    }
    return Either.right(Option.ofOptional(values.stream().findFirst()));
  }

  /** A positive int64 id, e.g. {@code jobId=88}. */
  public Either<DomainError, Option<Long>> id(String name) {
    return scalar(
        name,
        raw -> DIGITS.matcher(raw).matches() ? parseLong(raw).filter(v -> v > 0) : Option.none(),
        "must be a positive int64 id");
  }

  /** {@code true} or {@code false}, in any case. */
  public Either<DomainError, Option<Boolean>> bool(String name) {
    return scalar(
        name,
        raw ->
            switch (raw.toLowerCase(Locale.ROOT)) {
              case "true" -> Option.some(true);
              case "false" -> Option.some(false);
              default -> Option.none();
            },
        "must be true or false");
  }

  /**
   * The {@code stopped} flag of ListMmsJobs, an int64 in the SDK: {@code 0/1} or {@code
   * true/false}.
   */
  public Either<DomainError, Option<Boolean>> stopped(String name) {
    return scalar(
        name,
        raw ->
            switch (raw.toLowerCase(Locale.ROOT)) {
              case "1", "true" -> Option.some(true);
              case "0", "false" -> Option.some(false);
              default -> Option.none();
            },
        "must be 0, 1, true or false");
  }

  public <E extends Enum<E>> Either<DomainError, Option<E>> enumValue(String name, Class<E> type) {
    return scalar(name, raw -> constant(type, raw), "must be one of " + names(type));
  }

  public Either<DomainError, Option<Instant>> time(String name, WireTime time) {
    return text(name)
        .map(value -> value.filter(v -> !v.isEmpty()))
        .flatMap(
            value ->
                value.isEmpty()
                    ? Either.right(Option.none())
                    : time.parse(name, value.get()).map(Option::some));
  }

  /**
   * A list filter such as ListMmsTables' {@code status}: the SDK sends a JSON array ({@code
   * status=["DONE","FAILED"]}); a bare value or a repeated parameter is accepted too. Absent or
   * empty means no filter.
   */
  public <E extends Enum<E>> Either<DomainError, List<E>> enumList(String name, Class<E> type) {
    var result = new ArrayList<E>();
    for (var raw : values(name)) {
      var items =
          raw.startsWith("[")
              ? jsonStrings(name, raw)
              : Either.<DomainError, List<String>>right(raw.isEmpty() ? List.of() : List.of(raw));
      if (items.isLeft()) {
        return Either.left(items.getLeft());
      }
      for (var item : items.get()) {
        var constant = constant(type, item);
        if (constant.isEmpty()) {
          return Either.left(
              new InvalidValue(name, "'" + item + "' must be one of " + names(type)));
        }
        result.add(constant.get());
      }
    }
    return Either.right(List.copyOf(result));
  }

  /**
   * The sort keys among {@code fields}, in wire order: dotted ({@code sorter.status=desc}, as most
   * list operations send them) or one JSON object ({@code sorter={"numRows":"desc"}}, as ListMmsDbs
   * sends it). Directions are {@code asc}/{@code desc} in any case; keys outside {@code fields} are
   * ignored like any unknown parameter.
   */
  public Either<DomainError, List<Sorter>> sorters(Set<String> fields) {
    var result = new ArrayList<Sorter>();
    for (var pair : pairs) {
      var key = pair.getKey();
      if (key.equals(SORTER)) {
        var json = jsonSorters(pair.getValue(), fields);
        if (json.isLeft()) {
          return json;
        }
        result.addAll(json.get());
      } else if (key.startsWith(SORTER_PREFIX)
          && fields.contains(key.substring(SORTER_PREFIX.length()))) {
        var sorter = sorter(key, key.substring(SORTER_PREFIX.length()), pair.getValue());
        if (sorter.isLeft()) {
          return Either.left(sorter.getLeft());
        }
        result.add(sorter.get());
      }
    }
    return Either.right(List.copyOf(result));
  }

  /** {@code pageNum} (default 1) and {@code pageSize} (default {@code defaultPageSize}). */
  public Either<DomainError, Paging> paging(int defaultPageSize) {
    return pageNumber("pageNum")
        .flatMap(
            num ->
                pageNumber("pageSize")
                    .flatMap(
                        size -> checkedPaging(num.getOrElse(1), size.getOrElse(defaultPageSize))));
  }

  /**
   * Paging where omitting both parameters means every row (ListMmsDataSources); one given alone
   * takes the other's default.
   */
  public Either<DomainError, Option<Paging>> pagingOrAll(int defaultPageSize) {
    return pageNumber("pageNum")
        .flatMap(
            num ->
                pageNumber("pageSize")
                    .flatMap(
                        size ->
                            num.isEmpty() && size.isEmpty()
                                ? Either.right(Option.none())
                                : checkedPaging(num.getOrElse(1), size.getOrElse(defaultPageSize))
                                    .map(Option::some)));
  }

  private static Either<DomainError, Paging> checkedPaging(int num, int size) {
    if (size > Paging.MAX_PAGE_SIZE) {
      return Either.left(
          new InvalidValue(
              "pageSize", "must be at most " + Paging.MAX_PAGE_SIZE + ", got " + size));
    }
    return Either.right(new Paging(num, size));
  }

  private Either<DomainError, Option<Integer>> pageNumber(String name) {
    return scalar(
        name,
        raw ->
            DIGITS.matcher(raw).matches()
                ? parseLong(raw).filter(v -> v >= 1 && v <= Integer.MAX_VALUE).map(Long::intValue)
                : Option.none(),
        "must be a positive int32");
  }

  private <T> Either<DomainError, Option<T>> scalar(
      String name, Function<String, Option<T>> reader, String expectation) {
    return text(name)
        .map(value -> value.filter(v -> !v.isEmpty()))
        .flatMap(
            value -> {
              if (value.isEmpty()) {
                return Either.right(Option.none());
              }
              var read = reader.apply(value.get());
              return read.isDefined()
                  ? Either.right(read)
                  : Either.left(
                      new InvalidValue(name, expectation + ", got '" + value.get() + "'"));
            });
  }

  private List<String> values(String name) {
    return pairs.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).toList();
  }

  private static Either<DomainError, List<Sorter>> jsonSorters(String raw, Set<String> fields) {
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      return Either.left(
          new InvalidValue(SORTER, "must be a JSON object like {\"numRows\":\"desc\"}"));
    }
    var result = new ArrayList<Sorter>();
    for (var entry : node.properties()) {
      if (!fields.contains(entry.getKey())) {
        continue;
      }
      var name = SORTER + "." + entry.getKey();
      if (!entry.getValue().isTextual()) {
        return Either.left(new InvalidValue(name, "must be asc or desc"));
      }
      var sorter = sorter(name, entry.getKey(), entry.getValue().asText());
      if (sorter.isLeft()) {
        return Either.left(sorter.getLeft());
      }
      result.add(sorter.get());
    }
    return Either.right(result);
  }

  private static Either<DomainError, Sorter> sorter(String param, String field, String direction) {
    return constant(SortDirection.class, direction)
        .map(d -> new Sorter(field, d))
        .toEither(() -> new InvalidValue(param, "must be asc or desc, got '" + direction + "'"));
  }

  private static Either<DomainError, List<String>> jsonStrings(String name, String raw) {
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isArray()) {
      return Either.left(
          new InvalidValue(name, "must be a JSON array of strings like [\"DONE\",\"FAILED\"]"));
    }
    var result = new ArrayList<String>();
    for (var item : node) {
      if (!item.isTextual()) {
        return Either.left(new InvalidValue(name, "must be a JSON array of strings, got " + item));
      }
      result.add(item.asText());
    }
    return Either.right(result);
  }

  private static <E extends Enum<E>> Option<E> constant(Class<E> type, String raw) {
    return Option.ofOptional(
        Arrays.stream(type.getEnumConstants())
            .filter(c -> c.name().equalsIgnoreCase(raw))
            .findFirst());
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.toString(type.getEnumConstants());
  }

  private static Option<Long> parseLong(String digits) {
    try {
      return Option.some(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }
}
