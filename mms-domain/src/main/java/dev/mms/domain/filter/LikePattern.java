package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import java.util.ArrayList;

/**
 * A LIKE pattern compiled once into code points: {@code %} matches any text, {@code _} one
 * character, and a backslash makes the next character literal. Matching is greedy with
 * backtracking to the last {@code %}, without regular expressions or allocation; the usual
 * shapes, such as {@code 'cn-%'}, compare their literal text where the spec holds the value.
 */
final class LikePattern {
  private static final int ANY_TEXT = -1;
  private static final int ANY_CHAR = -2;

  /** How the pattern matches: its literal text alone, after or before any text, or in general. */
  private enum Shape {
    EXACT,
    PREFIX,
    SUFFIX,
    INFIX,
    GENERAL
  }

  private final int[] codes;
  private final Shape shape;
  private final String literal;

  LikePattern(String pattern) {
    var list = new ArrayList<Integer>();
    int i = 0;
    while (i < pattern.length()) {
      int cp = pattern.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\\' && i < pattern.length()) {
        int escaped = pattern.codePointAt(i);
        i += Character.charCount(escaped);
        list.add(escaped);
      } else if (cp == '%') {
        if (list.isEmpty() || list.get(list.size() - 1) != ANY_TEXT) {
          list.add(ANY_TEXT);
        }
      } else {
        list.add(cp == '_' ? ANY_CHAR : cp);
      }
    }
    this.codes = list.stream().mapToInt(Integer::intValue).toArray();
    int from = codes.length > 0 && codes[0] == ANY_TEXT ? 1 : 0;
    int to = codes.length > from && codes[codes.length - 1] == ANY_TEXT ? codes.length - 1
        : codes.length;
    if (isText(from, to)) {
      this.literal = new String(codes, from, to - from);
      boolean head = from == 0;
      boolean tail = to == codes.length;
      this.shape = head && tail ? Shape.EXACT : head ? Shape.PREFIX : tail ? Shape.SUFFIX
          : Shape.INFIX;
    } else {
      this.literal = "";
      this.shape = Shape.GENERAL;
    }
  }

  /**
   * Whether the codes in {@code [from, to)} are plain characters, which a String test compares
   * as code points: no wildcard and no surrogate, whose halves would compare on their own.
   */
  private boolean isText(int from, int to) {
    for (int i = from; i < to; i++) {
      if (codes[i] < 0 || !Character.isBmpCodePoint(codes[i])
          || Character.isSurrogate((char) codes[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether value {@code entry} of {@code spec} matches. */
  boolean matches(PartitionSpec spec, int entry) {
    return switch (shape) {
      case EXACT -> spec.valueEquals(entry, literal);
      case PREFIX -> spec.valueRegionMatches(entry, 0, literal);
      case SUFFIX -> spec.valueRegionMatches(entry, spec.valueLength(entry) - literal.length(),
          literal);
      case INFIX -> contains(spec, entry);
      case GENERAL -> matchesCodes(spec, entry);
    };
  }

  private boolean contains(PartitionSpec spec, int entry) {
    for (int at = 0; at <= spec.valueLength(entry) - literal.length(); at++) {
      if (spec.valueRegionMatches(entry, at, literal)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesCodes(PartitionSpec spec, int entry) {
    int length = spec.valueLength(entry);
    int p = 0;
    int v = 0;
    int starP = -1;
    int starV = 0;
    while (v < length) {
      int cp = codePointAt(spec, entry, v);
      if (p < codes.length && (codes[p] == ANY_CHAR || codes[p] == cp)) {
        p++;
        v += Character.charCount(cp);
      } else if (p < codes.length && codes[p] == ANY_TEXT) {
        starP = p++;
        starV = v;
      } else if (starP >= 0) {
        p = starP + 1;
        starV += Character.charCount(codePointAt(spec, entry, starV));
        v = starV;
      } else {
        return false;
      }
    }
    while (p < codes.length && codes[p] == ANY_TEXT) {
      p++;
    }
    return p == codes.length;
  }

  /** The code point at {@code at} of the value, as {@link String#codePointAt} reads it. */
  private static int codePointAt(PartitionSpec spec, int entry, int at) {
    char high = spec.valueCharAt(entry, at);
    if (Character.isHighSurrogate(high) && at + 1 < spec.valueLength(entry)) {
      char low = spec.valueCharAt(entry, at + 1);
      if (Character.isLowSurrogate(low)) {
        return Character.toCodePoint(high, low);
      }
    }
    return high;
  }
}
