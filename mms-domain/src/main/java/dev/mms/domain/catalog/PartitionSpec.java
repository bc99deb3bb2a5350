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
 * keys in one array and its values in another, so that reading a value reads one object instead
 * of the several a list of string pairs needs (issue #7: a filter over a million specs waited on
 * memory). The index accessors read a value where it lies, without making a String of it.
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
   * The keys of the last spec made. A spec whose keys are equal shares that array, so specs read
   * one after another from one table share their keys, and {@link #hasSameKeys} compares two
   * references. Any spec may replace it: a lost race only loses the sharing.
   */
  private static volatile char[] lastKeys;

  /** The keys and the values, each a list of strings packed as {@link #pack} describes. */
  private final char[] keys;
  private final char[] values;

  public PartitionSpec(List<Entry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a partition spec needs at least one key");
    }
    var seen = new HashSet<String>();
    for (var e : entries) {
      if (!seen.add(e.key().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("duplicate partition key " + e.key());
      }
    }
    keys = shared(pack(entries.stream().map(Entry::key).toList()));
    values = pack(entries.stream().map(Entry::value).toList());
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
    return count(values);
  }

  public String key(int index) {
    return string(keys, index);
  }

  public String value(int index) {
    return string(values, index);
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
    int from = start(keys, index);
    if (end(keys, index) - from != key.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char a = keys[from + i];
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
    return keys == other.keys || Arrays.equals(keys, other.keys);
  }

  /** The length of value {@code index}, in chars. */
  public int valueLength(int index) {
    Objects.checkIndex(index, size());
    return end(values, index) - start(values, index);
  }

  /** The char at {@code at} of value {@code index}. */
  public char valueCharAt(int index, int at) {
    Objects.checkIndex(index, size());
    int from = start(values, index);
    Objects.checkIndex(at, end(values, index) - from);
    return values[from + at];
  }

  /** Value {@code index} compared with {@code text}: the sign {@link String#compareTo} gives. */
  public int compareValue(int index, String text) {
    Objects.checkIndex(index, size());
    int from = start(values, index);
    int length = end(values, index) - from;
    int common = Math.min(length, text.length());
    for (int i = 0; i < common; i++) {
      int c = values[from + i] - text.charAt(i);
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
    Objects.checkIndex(index, size());
    int from = start(values, index);
    if (at < 0 || at > end(values, index) - from - text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (values[from + at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public String render() {
    var sb = new StringBuilder(keys.length + values.length);
    for (int i = 0; i < size(); i++) {
      if (i > 0) {
        sb.append('/');
      }
      escape(sb, keys, i);
      sb.append('=');
      escape(sb, values, i);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(PartitionSpec other) {
    return render().compareTo(other.render());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartitionSpec s && hasSameKeys(s) && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return render();
  }

  private static int compareEntries(PartitionSpec a, PartitionSpec b) {
    if (a.hasSameKeys(b)) {
      return compareValues(a.values, b.values);
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compare(a.keys, i, b.keys, i);
      if (c == 0) {
        c = compare(a.values, i, b.values, i);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Compares value by value two lists of as many values. Up to the first value whose length
   * differs, each value starts at the same index in both arrays, so one pass over the chars finds
   * the first value that differs.
   */
  private static int compareValues(char[] a, char[] b) {
    int n = count(a);
    int j = 0;
    while (j < n && end(a, j) == end(b, j)) {
      j++;
    }
    int to = j == n ? a.length : Math.min(end(a, j), end(b, j));
    for (int i = start(a, 0); i < to; i++) {
      int c = a[i] - b[i];
      if (c != 0) {
        return c;
      }
    }
    return j == n ? 0 : end(a, j) - end(b, j);
  }

  /** Compares string {@code i} of {@code a} with string {@code j} of {@code b} as Strings do. */
  private static int compare(char[] a, int i, char[] b, int j) {
    int aFrom = start(a, i);
    int bFrom = start(b, j);
    int aLength = end(a, i) - aFrom;
    int bLength = end(b, j) - bFrom;
    for (int k = 0; k < Math.min(aLength, bLength); k++) {
      int c = a[aFrom + k] - b[bFrom + k];
      if (c != 0) {
        return c;
      }
    }
    return aLength - bLength;
  }

  /**
   * Packs {@code strings} into one array: where each string starts, where the last one ends, then
   * the strings one after another. Positions take two chars each, so the text may be longer than
   * a char can count; the first position, where the text starts, also gives the count.
   */
  private static char[] pack(List<String> strings) {
    int length = 2 * (strings.size() + 1);
    for (var s : strings) {
      length = Math.addExact(length, s.length());
    }
    var packed = new char[length];
    int at = 2 * (strings.size() + 1);
    for (int j = 0; j < strings.size(); j++) {
      putInt(packed, 2 * j, at);
      strings.get(j).getChars(0, strings.get(j).length(), packed, at);
      at += strings.get(j).length();
    }
    putInt(packed, 2 * strings.size(), at);
    return packed;
  }

  private static char[] shared(char[] keys) {
    var last = lastKeys;
    if (Arrays.equals(last, keys)) {
      return last;
    }
    lastKeys = keys;
    return keys;
  }

  private static int count(char[] packed) {
    return intAt(packed, 0) / 2 - 1;
  }

  private static int start(char[] packed, int j) {
    return intAt(packed, 2 * j);
  }

  private static int end(char[] packed, int j) {
    return intAt(packed, 2 * j + 2);
  }

  private static int intAt(char[] packed, int at) {
    return packed[at] << 16 | packed[at + 1];
  }

  private static void putInt(char[] packed, int at, int value) {
    packed[at] = (char) (value >>> 16);
    packed[at + 1] = (char) value;
  }

  /** String {@code j}, after checking that there is one. */
  private static String string(char[] packed, int j) {
    Objects.checkIndex(j, count(packed));
    return new String(packed, start(packed, j), end(packed, j) - start(packed, j));
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static void escape(StringBuilder sb, char[] packed, int j) {
    for (int i = start(packed, j); i < end(packed, j); i++) {
      char c = packed[i];
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
