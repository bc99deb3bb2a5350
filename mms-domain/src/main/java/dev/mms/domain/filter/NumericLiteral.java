package dev.mms.domain.filter;

import java.math.BigDecimal;

/** A literal as a numeric column compares with it; {@code small} integers take a long fast path. */
record NumericLiteral(BigDecimal value, boolean small, long asLong) {
  private static final BigDecimal SMALL_LIMIT = BigDecimal.TEN.pow(18);

  static NumericLiteral of(BigDecimal number) {
    var value = number.stripTrailingZeros();
    boolean small = value.scale() <= 0 && value.abs().compareTo(SMALL_LIMIT) < 0;
    return new NumericLiteral(value, small, small ? value.longValueExact() : 0);
  }

  /** The sign of {@code value - this} for a value in number syntax. */
  int compareFrom(String readable) {
    if (small && NumberSyntax.isSmallInteger(readable)) {
      return Long.compare(Long.parseLong(readable), asLong);
    }
    return new BigDecimal(readable).compareTo(value);
  }
}
