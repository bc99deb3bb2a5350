package dev.mms.domain.filter;

import java.util.ArrayList;

/**
 * A LIKE pattern compiled once into code points: {@code %} matches any text, {@code _} one
 * character, and a backslash makes the next character literal. Matching is greedy with
 * backtracking to the last {@code %}, without regular expressions or allocation.
 */
final class LikePattern {
  private static final int ANY_TEXT = -1;
  private static final int ANY_CHAR = -2;

  private final int[] codes;

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
  }

  boolean matches(String value) {
    int p = 0;
    int v = 0;
    int starP = -1;
    int starV = 0;
    while (v < value.length()) {
      int cp = value.codePointAt(v);
      if (p < codes.length && (codes[p] == ANY_CHAR || codes[p] == cp)) {
        p++;
        v += Character.charCount(cp);
      } else if (p < codes.length && codes[p] == ANY_TEXT) {
        starP = p++;
        starV = v;
      } else if (starP >= 0) {
        p = starP + 1;
        starV += Character.charCount(value.codePointAt(starV));
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
}
