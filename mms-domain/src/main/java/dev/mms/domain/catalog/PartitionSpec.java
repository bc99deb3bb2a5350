package dev.mms.domain.catalog;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a partition, {@code k1=v1/k2=v2} on the wire. Keys are unique ignoring case and
 * values may hold any character: in the text form {@code %}, {@code /} and {@code =} inside a key
 * or value are percent-escaped, as Hive escapes partition paths, so {@code parse(render(s)) == s}.
 *
 * <p>Equal when the entries are, in order, as a record of its entries would be. A spec holds its
 * keys and values in one array, so that reading a value reads one object instead of the several
 * a list of string pairs needs (issue #7: a filter over a million specs waited on memory). The
 * index accessors read a value where it lies, without making a String of it.
 */
public final class PartitionSpec implements Comparable<PartitionSpec> {

  /**
   * Key by key, then value by value, each as {@link String#compareTo} orders them: a total order
   * consistent with equals that, unlike {@link #compareTo}, renders nothing.
   */
  public static final Comparator<PartitionSpec> ENTRY_ORDER = PartitionSpec::compareEntries;

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

  /**
   * The entry count, where each key ends, where each value ends, then the keys one after another
   * and the values one after another. The count and the ends take two chars each, so a spec may be
   * longer than a char can count. The count, the key ends and the keys say which keys a spec has,
   * so comparing them compares the keys of two specs.
   */
  private final char[] data;

  public PartitionSpec(List<Entry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a partition spec needs at least one key");
    }
    var keys = new HashSet<String>();
    int length = header(entries.size());
    for (var e : entries) {
      if (!keys.add(e.key().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("duplicate partition key " + e.key());
      }
      length = Math.addExact(length, e.key().length() + e.value().length());
    }
    data = new char[length];
    int n = entries.size();
    putInt(0, n);
    int at = header(n);
    for (int i = 0; i < n; i++) {
      at = put(entries.get(i).key(), at, i);
    }
    for (int i = 0; i < n; i++) {
      at = put(entries.get(i).value(), at, n + i);
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

  /** The entries in order, made on each call: to read one value, {@link #value(int)} is cheaper. */
  public List<Entry> entries() {
    var list = new ArrayList<Entry>(size());
    for (int i = 0; i < size(); i++) {
      list.add(new Entry(key(i), value(i)));
    }
    return List.copyOf(list);
  }

  /** The value of {@code key}, matched ignoring case. */
  public Optional<String> value(String key) {
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(value(i));
  }

  /** How many entries the spec has. */
  public int size() {
    return intAt(0);
  }

  public String key(int index) {
    return text(keyStart(index), keyEnd(index));
  }

  public String value(int index) {
    return text(valueStart(index), valueEnd(index));
  }

  /** The index of the entry whose key is {@code key} ignoring case, or -1. */
  public int indexOf(String key) {
    for (int i = 0; i < size(); i++) {
      if (hasKeyAt(i, key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether there is an entry {@code index} whose key is {@code key} ignoring case, as
   * {@link String#equalsIgnoreCase} decides.
   */
  public boolean hasKeyAt(int index, String key) {
    if (index < 0 || index >= size()) {
      return false;
    }
    int from = keyStart(index);
    if (keyEnd(index) - from != key.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char a = data[from + i];
      char b = key.charAt(i);
      if (a != b) {
        if (a >= 0x80 || b >= 0x80) {
          // Beyond ASCII, case folding has rules of its own: the Kelvin sign folds to 'k'.
          return key(index).equalsIgnoreCase(key);
        }
        if (lowerAscii(a) != lowerAscii(b)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code other} has the same keys as this spec, in the same order and the same case:
   * then an index reads the same column in both.
   */
  public boolean hasSameKeys(PartitionSpec other) {
    int n = size();
    if (other.size() != n) {
      return false;
    }
    // Loops, not Arrays.equals: for runs this short its vectorized compare costs more (issue #7).
    for (int i = 2; i < 2 + 2 * n; i++) {
      if (data[i] != other.data[i]) {
        return false;
      }
    }
    for (int i = header(n); i < end(n - 1); i++) {
      if (data[i] != other.data[i]) {
        return false;
      }
    }
    return true;
  }

  /** The length of value {@code index}, in chars. */
  public int valueLength(int index) {
    return valueEnd(index) - valueStart(index);
  }

  /** The char at {@code at} of value {@code index}. */
  public char valueCharAt(int index, int at) {
    int from = valueStart(index);
    Objects.checkIndex(at, valueEnd(index) - from);
    return data[from + at];
  }

  /** Value {@code index} compared with {@code text}: the sign {@link String#compareTo} gives. */
  public int compareValue(int index, String text) {
    int from = valueStart(index);
    int length = valueEnd(index) - from;
    int common = Math.min(length, text.length());
    for (int i = 0; i < common; i++) {
      int c = data[from + i] - text.charAt(i);
      if (c != 0) {
        return c;
      }
    }
    return length - text.length();
  }

  /** Whether value {@code index} is {@code text}. */
  public boolean valueEquals(int index, String text) {
    return valueLength(index) == text.length() && valueRegionMatches(index, 0, text);
  }

  /** Whether value {@code index} holds {@code text} from char {@code at} on. */
  public boolean valueRegionMatches(int index, int at, String text) {
    int from = valueStart(index);
    if (at < 0 || at > valueEnd(index) - from - text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (data[from + at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public String render() {
    var sb = new StringBuilder(data.length);
    for (int i = 0; i < size(); i++) {
      if (i > 0) {
        sb.append('/');
      }
      escape(sb, keyStart(i), keyEnd(i));
      sb.append('=');
      escape(sb, valueStart(i), valueEnd(i));
    }
    return sb.toString();
  }

  @Override
  public int compareTo(PartitionSpec other) {
    return render().compareTo(other.render());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartitionSpec s && Arrays.equals(s.data, data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return render();
  }

  private static int compareEntries(PartitionSpec a, PartitionSpec b) {
    if (a.hasSameKeys(b)) {
      return compareValues(a, b);
    }
    int an = a.size();
    int bn = b.size();
    // Where the key and the value of entry i start, in each spec.
    int aKey = header(an);
    int bKey = header(bn);
    int aValue = a.end(an - 1);
    int bValue = b.end(bn - 1);
    for (int i = 0; i < Math.min(an, bn); i++) {
      int aKeyEnd = a.end(i);
      int bKeyEnd = b.end(i);
      int aValueEnd = a.end(an + i);
      int bValueEnd = b.end(bn + i);
      int c = compare(a.data, aKey, aKeyEnd, b.data, bKey, bKeyEnd);
      if (c == 0) {
        c = compare(a.data, aValue, aValueEnd, b.data, bValue, bValueEnd);
      }
      if (c != 0) {
        return c;
      }
      aKey = aKeyEnd;
      bKey = bKeyEnd;
      aValue = aValueEnd;
      bValue = bValueEnd;
    }
    return Integer.compare(an, bn);
  }

  /**
   * Compares the values of specs with the same keys. Up to the first value whose length differs,
   * each value starts at the same index in both arrays, so one pass over the chars finds the
   * first value that differs.
   */
  private static int compareValues(PartitionSpec a, PartitionSpec b) {
    int n = a.size();
    int j = 0;
    while (j < n && a.end(n + j) == b.end(n + j)) {
      j++;
    }
    int to = j == n ? a.data.length : Math.min(a.end(n + j), b.end(n + j));
    for (int i = a.end(n - 1); i < to; i++) {
      int c = a.data[i] - b.data[i];
      if (c != 0) {
        return c;
      }
    }
    return j == n ? 0 : a.end(n + j) - b.end(n + j);
  }

  /** Compares as {@link String#compareTo} does. */
  private static int compare(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
    int common = Math.min(aTo - aFrom, bTo - bFrom);
    for (int i = 0; i < common; i++) {
      int c = a[aFrom + i] - b[bFrom + i];
      if (c != 0) {
        return c;
      }
    }
    return (aTo - aFrom) - (bTo - bFrom);
  }

  /** The chars before the first key: the count and two ends per entry, two chars each. */
  private static int header(int entries) {
    return Math.addExact(2, Math.multiplyExact(entries, 4));
  }

  private int keyStart(int index) {
    Objects.checkIndex(index, size());
    return index == 0 ? header(size()) : end(index - 1);
  }

  private int keyEnd(int index) {
    Objects.checkIndex(index, size());
    return end(index);
  }

  private int valueStart(int index) {
    int n = size();
    Objects.checkIndex(index, n);
    return end(n + index - 1);
  }

  private int valueEnd(int index) {
    int n = size();
    Objects.checkIndex(index, n);
    return end(n + index);
  }

  /** Where the {@code j}th string ends: key j, or value j - n of the n entries. */
  private int end(int j) {
    return intAt(2 + 2 * j);
  }

  private int intAt(int at) {
    return data[at] << 16 | data[at + 1];
  }

  private void putInt(int at, int value) {
    data[at] = (char) (value >>> 16);
    data[at + 1] = (char) value;
  }

  /** Puts {@code s} at {@code at} as the {@code j}th string and returns where it ends. */
  private int put(String s, int at, int j) {
    s.getChars(0, s.length(), data, at);
    putInt(2 + 2 * j, at + s.length());
    return at + s.length();
  }

  private String text(int from, int to) {
    return new String(data, from, to - from);
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private void escape(StringBuilder sb, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = data[i];
      switch (c) {
        case '%' -> sb.append("%25");
        case '/' -> sb.append("%2F");
        case '=' -> sb.append("%3D");
        default -> sb.append(c);
      }
    }
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
