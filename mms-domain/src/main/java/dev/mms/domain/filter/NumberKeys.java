package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TypeFamily;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;

/**
 * Numbers as longs that order as the numbers do, so that a numeric predicate reads each value in
 * one pass and compares longs instead of parsing into {@link BigDecimal}. The key of a number is
 * {@code 3q + r}: {@code q} its digits truncated to the scale of the predicate's literals, {@code r}
 * the sign of what the truncation cut off. The literals are exact at that scale ({@code r = 0}),
 * and keys whose {@code q} differ differ by at least 3, so comparing keys compares the numbers.
 */
final class NumberKeys {
  /** The key of a value that is not a number of the column's type. */
  static final long UNREADABLE = Long.MIN_VALUE;
  /** The key of a number whose {@code q} has too many digits for a long: compare it exactly. */
  static final long TOO_LONG = Long.MAX_VALUE;

  /** Below 10^18, three times a number plus one stays a long. */
  private static final int MAX_DIGITS = 18;
  private static final BigInteger LIMIT = BigInteger.TEN.pow(MAX_DIGITS);

  private final boolean fractions;
  private final int scale;
  private final boolean exact;

  private NumberKeys(boolean fractions, int scale, boolean exact) {
    this.fractions = fractions;
    this.scale = scale;
    this.exact = exact;
  }

  /**
   * Keys for values of a numeric {@code family} compared with {@code literals}. When a literal has
   * no key at their common scale, every number reads as {@link #TOO_LONG}.
   */
  static NumberKeys of(TypeFamily family, Collection<BigDecimal> literals) {
    int scale = Math.max(0, literals.stream().mapToInt(BigDecimal::scale).max().orElse(0));
    boolean exact = scale <= MAX_DIGITS && literals.stream()
        .allMatch(l -> l.setScale(scale).unscaledValue().abs().compareTo(LIMIT) < 0);
    return new NumberKeys(family == TypeFamily.DECIMAL, scale, exact);
  }

  /** The key of one of the literals this was made for, unless a number reads as TOO_LONG. */
  long key(BigDecimal literal) {
    return exact ? 3 * literal.setScale(scale).unscaledValue().longValueExact() : TOO_LONG;
  }

  /**
   * The key of value {@code entry} of {@code spec}, {@link #UNREADABLE} when the spec lacks it (-1)
   * or it is not in number syntax (a decimal point only for decimal columns), or {@link #TOO_LONG}.
   */
  long read(PartitionSpec spec, int entry) {
    if (entry < 0) {
      return UNREADABLE;
    }
    int length = spec.valueLength(entry);
    int i = 0;
    boolean negative = false;
    if (i < length && (spec.valueCharAt(entry, i) == '-' || spec.valueCharAt(entry, i) == '+')) {
      negative = spec.valueCharAt(entry, i) == '-';
      i++;
    }
    long q = 0;
    // The digits of q without its leading zeros; past MAX_DIGITS q is no longer accumulated.
    int digits = 0;
    int start = i;
    for (; i < length && isDigit(spec.valueCharAt(entry, i)); i++) {
      int d = spec.valueCharAt(entry, i) - '0';
      if (digits > 0 || d != 0) {
        digits++;
      }
      q = digits <= MAX_DIGITS ? q * 10 + d : q;
    }
    boolean integerDigits = i > start;
    int kept = 0;
    boolean cut = false;
    if (fractions && i < length && spec.valueCharAt(entry, i) == '.') {
      i++;
      start = i;
      for (; i < length && isDigit(spec.valueCharAt(entry, i)); i++) {
        int d = spec.valueCharAt(entry, i) - '0';
        if (kept < scale) {
          kept++;
          if (digits > 0 || d != 0) {
            digits++;
          }
          q = digits <= MAX_DIGITS ? q * 10 + d : q;
        } else if (d != 0) {
          cut = true;
        }
      }
      if (!integerDigits && i == start) {
        return UNREADABLE;
      }
    } else if (!integerDigits) {
      return UNREADABLE;
    }
    if (i != length) {
      return UNREADABLE;
    }
    if (!exact) {
      return TOO_LONG;
    }
    for (; kept < scale; kept++) {
      if (digits > 0) {
        digits++;
      }
      q = digits <= MAX_DIGITS ? q * 10 : q;
    }
    if (digits > MAX_DIGITS) {
      return TOO_LONG;
    }
    long key = 3 * q + (cut ? 1 : 0);
    return negative ? -key : key;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
