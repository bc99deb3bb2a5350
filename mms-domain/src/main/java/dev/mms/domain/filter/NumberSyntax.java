package dev.mms.domain.filter;

/** The number forms the language reads, in literals and in partition values: no exponents. */
final class NumberSyntax {
  private NumberSyntax() {}

  /** {@code [+-]?digits}. */
  static boolean isInteger(String s) {
    int start = signLength(s);
    return start < s.length() && digitsEnd(s, start) == s.length();
  }

  /** {@code [+-]?(digits(.digits?)?|.digits)}. */
  static boolean isDecimal(String s) {
    int start = signLength(s);
    int intEnd = digitsEnd(s, start);
    if (intEnd == s.length()) {
      return intEnd > start;
    }
    if (s.charAt(intEnd) != '.') {
      return false;
    }
    int fracEnd = digitsEnd(s, intEnd + 1);
    return fracEnd == s.length() && (intEnd > start || fracEnd > intEnd + 1);
  }

  private static int signLength(String s) {
    return !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
