package dev.mms.adapter.rest.ram;

import java.util.Locale;

/**
 * A RAM wildcard pattern: {@code *} matches any run of characters, {@code ?} exactly one. Matched
 * greedily with one backtrack point, so the cost stays linear in practice and no regular expression
 * is built from configuration.
 */
record Glob(String pattern, boolean ignoreCase) {
  Glob {
    if (ignoreCase) {
      pattern = pattern.toLowerCase(Locale.ROOT);
    }
  }

  boolean matches(String text) {
    var s = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < s.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == s.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
