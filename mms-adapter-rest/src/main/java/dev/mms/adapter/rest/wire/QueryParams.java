package dev.mms.adapter.rest.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.application.port.in.PageParams;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.ValidationFailed;
import io.vavr.control.Either;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query string of a request, decoded as the SDKs encode it (form encoding: {@code +} is a
 * space), read through a {@link Reader} that knows the MMS quirks: dotted and JSON sorters,
 * JSON-array list filters, {@code stopped} as {@code 0/1}, int64 ids and paging. The reader checks
 * what the wire decides (is it a number, a boolean, a JSON array) and hands values on as the
 * inbound ports take them; what they mean (known statuses, page ranges, sortable fields) is the use
 * case's to check. Parameters nobody reads are ignored; an empty value counts as absent.
 */
public final class QueryParams {
  private static final ObjectMapper JSON = JsonMapperFactory.create(ZoneOffset.UTC);
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
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

  /**
   * Builds a query or command with {@code build}, which reads the parameters it needs through a
   * {@link Reader}. Every parameter the reader refused is reported at once, and then the built
   * value is dropped.
   */
  public <T> Either<DomainError, T> read(Function<Reader, T> build) {
    var reader = new Reader();
    var value = build.apply(reader);
    return reader.problems.isEmpty()
        ? Either.right(value)
        : Either.left(ValidationFailed.of(reader.problems));
  }

  /** Typed access to the parameters; a refused value reads as absent and is remembered. */
  public final class Reader {
    private final List<DomainError> problems = new ArrayList<>();

    private Reader() {}

    /** The value as sent ({@code ""} when sent empty). */
    public Optional<String> text(String name) {
      var values = values(name);
      if (values.size() > 1) {
        return refuse(name, "given more than once");
      }
      return values.stream().findFirst();
    }

    /** An int64, e.g. {@code jobId=88}. */
    public Optional<Long> int64(String name) {
      return scalar(
          name,
          "must be an int64",
          raw -> INTEGER.matcher(raw).matches() ? parseLong(raw) : Optional.empty());
    }

    /** {@code true} or {@code false}, in any case. */
    public Optional<Boolean> bool(String name) {
      return scalar(
          name,
          "must be true or false",
          raw ->
              switch (raw.toLowerCase(Locale.ROOT)) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> Optional.empty();
              });
    }

    /** ListMmsJobs' {@code stopped}, an int64 in the SDK: {@code 0/1}, or {@code true/false}. */
    public Optional<Boolean> stopped(String name) {
      return scalar(
          name,
          "must be 0, 1, true or false",
          raw ->
              switch (raw.toLowerCase(Locale.ROOT)) {
                case "1", "true" -> Optional.of(true);
                case "0", "false" -> Optional.of(false);
                default -> Optional.empty();
              });
    }

    /** A time in the MMS format, in the server's zone. */
    public Optional<Instant> time(String name, WireTime time) {
      return text(name)
          .filter(v -> !v.isEmpty())
          .flatMap(
              v -> {
                var parsed = time.parse(name, v);
                if (parsed.isLeft()) {
                  problems.add(parsed.getLeft());
                  return Optional.empty();
                }
                return Optional.of(parsed.get());
              });
    }

    /**
     * A list filter such as ListMmsTables' {@code status}: the SDK sends a JSON array ({@code
     * status=["DONE","FAILED"]}); a bare value or a repeated parameter is accepted too. Absent or
     * empty means no filter.
     */
    public List<String> list(String name) {
      var result = new ArrayList<String>();
      for (var raw : values(name)) {
        if (raw.startsWith("[")) {
          result.addAll(jsonStrings(name, raw));
        } else if (!raw.isEmpty()) {
          result.add(raw);
        }
      }
      return List.copyOf(result);
    }

    /**
     * The sort keys in wire order, field to direction: dotted ({@code sorter.status=desc}, as most
     * list operations send them) or one JSON object ({@code sorter={"numRows":"desc"}}, as
     * ListMmsDbs sends it).
     */
    public Map<String, String> sorter() {
      var result = new LinkedHashMap<String, String>();
      for (var pair : pairs) {
        if (pair.getKey().equals(SORTER)) {
          result.putAll(jsonSorter(pair.getValue()));
        } else if (pair.getKey().startsWith(SORTER_PREFIX)) {
          result.put(pair.getKey().substring(SORTER_PREFIX.length()), pair.getValue());
        }
      }
      return result;
    }

    /** {@code pageNum} and {@code pageSize} as given; the use case applies defaults and limits. */
    public PageParams page() {
      return new PageParams(int32("pageNum"), int32("pageSize"));
    }

    private Optional<Integer> int32(String name) {
      return int64(name)
          .flatMap(
              v ->
                  v < Integer.MIN_VALUE || v > Integer.MAX_VALUE
                      ? refuse(name, "must be an int32, got " + v)
                      : Optional.of(v.intValue()));
    }

    private <T> Optional<T> scalar(
        String name, String expectation, Function<String, Optional<T>> reader) {
      return text(name)
          .filter(v -> !v.isEmpty())
          .flatMap(
              raw -> {
                var read = reader.apply(raw);
                return read.isPresent() ? read : refuse(name, expectation + ", got '" + raw + "'");
              });
    }

    private Map<String, String> jsonSorter(String raw) {
      var node = json(raw);
      var result = new LinkedHashMap<String, String>();
      if (node == null || !node.isObject()) {
        refuse(SORTER, "must be a JSON object like {\"numRows\":\"desc\"}");
        return result;
      }
      for (var entry : node.properties()) {
        if (entry.getValue().isTextual()) {
          result.put(entry.getKey(), entry.getValue().asText());
        } else {
          refuse(SORTER_PREFIX + entry.getKey(), "must be asc or desc");
        }
      }
      return result;
    }

    private List<String> jsonStrings(String name, String raw) {
      var node = json(raw);
      if (node == null || !node.isArray()) {
        refuse(name, "must be a JSON array of strings like [\"DONE\",\"FAILED\"]");
        return List.of();
      }
      var result = new ArrayList<String>();
      for (var item : node) {
        if (!item.isTextual()) {
          refuse(name, "must be a JSON array of strings, got " + item);
          return List.of();
        }
        result.add(item.asText());
      }
      return result;
    }

    private <T> Optional<T> refuse(String name, String reason) {
      problems.add(new InvalidValue(name, reason));
      return Optional.empty();
    }
  }

  private List<String> values(String name) {
    return pairs.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).toList();
  }

  private static JsonNode json(String raw) {
    try {
      return JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static Optional<Long> parseLong(String digits) {
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
