package dev.mms.domain.catalog;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a partition, {@code k1=v1/k2=v2} on the wire. Keys are unique ignoring case and
 * values may hold any character: in the text form {@code %}, {@code /} and {@code =} inside a key
 * or value are percent-escaped, as Hive escapes partition paths, so {@code parse(render(s)) == s}.
 */
public record PartitionSpec(List<Entry> entries) implements Comparable<PartitionSpec> {

  /** One {@code key=value} pair of a spec. */
  public record Entry(String key, String value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (key.isBlank()) {
        throw new IllegalArgumentException("a partition key must not be blank");
      }
    }
  }

  public PartitionSpec {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a partition spec needs at least one key");
    }
    var keys = new HashSet<String>();
    for (var e : entries) {
      if (!keys.add(e.key().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("duplicate partition key " + e.key());
      }
    }
  }

  public static PartitionSpec of(String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values come in pairs");
    }
    var list = new ArrayList<Entry>();
    for (int i = 0; i < keyValues.length; i += 2) {
      list.add(new Entry(keyValues[i], keyValues[i + 1]));
    }
    return new PartitionSpec(list);
  }

  /** Reads {@code k1=v1/k2=v2}; each segment splits at its first unescaped {@code =}. */
  public static Either<DomainError, PartitionSpec> parse(String text) {
    if (text == null || text.isBlank()) {
      return Either.left(new InvalidValue("partition", "must not be blank"));
    }
    var list = new ArrayList<Entry>();
    var keys = new HashSet<String>();
    for (var segment : text.split("/", -1)) {
      int eq = segment.indexOf('=');
      if (eq <= 0) {
        return Either.left(new InvalidValue("partition",
            "'" + segment + "' in '" + text + "' is not key=value"));
      }
      var key = unescape(segment.substring(0, eq));
      var value = unescape(segment.substring(eq + 1));
      if (key.isBlank() || !keys.add(key.toLowerCase(Locale.ROOT))) {
        return Either.left(new InvalidValue("partition",
            "key '" + key + "' in '" + text + "' is blank or repeated"));
      }
      list.add(new Entry(key, value));
    }
    return Either.right(new PartitionSpec(list));
  }

  /** The value of {@code key}, matched ignoring case. */
  public Optional<String> value(String key) {
    for (var e : entries) {
      if (e.key().equalsIgnoreCase(key)) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }

  public String render() {
    var sb = new StringBuilder();
    for (var e : entries) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(escape(e.key())).append('=').append(escape(e.value()));
    }
    return sb.toString();
  }

  @Override
  public int compareTo(PartitionSpec other) {
    return render().compareTo(other.render());
  }

  @Override
  public String toString() {
    return render();
  }

  private static String escape(String s) {
    var sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '%' -> sb.append("%25");
        case '/' -> sb.append("%2F");
        case '=' -> sb.append("%3D");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Decodes each run of {@code %XX} escapes as UTF-8 bytes; every other char is kept as is. */
  private static String unescape(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    var out = new StringBuilder(s.length());
    var bytes = new java.io.ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        out.append(bytes.toString(StandardCharsets.UTF_8)).append(s.charAt(i));
        bytes.reset();
        i++;
      }
    }
    return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
