package dev.mms.domain.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;

/** The test of one present, readable value, with literals already converted to the column's type. */
interface ValueTest {
  boolean test(String value);

  /** String comparison. */
  record TextCompare(Operator op, String literal) implements ValueTest {
    @Override
    public boolean test(String value) {
      return op.holds(value.compareTo(literal));
    }
  }

  /** String membership. */
  record TextIn(Set<String> literals) implements ValueTest {
    @Override
    public boolean test(String value) {
      return literals.contains(value);
    }
  }

  /** String range, both ends included. */
  record TextBetween(String low, String high) implements ValueTest {
    @Override
    public boolean test(String value) {
      return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }
  }

  /** LIKE, always on the text of the value. */
  record Like(LikePattern pattern) implements ValueTest {
    @Override
    public boolean test(String value) {
      return pattern.matches(value);
    }
  }

  /** Numeric comparison. */
  record NumberCompare(Operator op, NumericLiteral literal) implements ValueTest {
    @Override
    public boolean test(String value) {
      return op.holds(literal.compareFrom(value));
    }
  }

  /** Numeric range, both ends included. */
  record NumberBetween(NumericLiteral low, NumericLiteral high) implements ValueTest {
    @Override
    public boolean test(String value) {
      return low.compareFrom(value) >= 0 && high.compareFrom(value) <= 0;
    }
  }

  /** Numeric membership: small integers by binary search, anything else by value. */
  final class NumberIn implements ValueTest {
    private final long[] smallIntegers;
    private final BigDecimal[] all;

    NumberIn(Iterable<NumericLiteral> literals) {
      var small = new ArrayList<Long>();
      var every = new ArrayList<BigDecimal>();
      for (var l : literals) {
        if (l.small()) {
          small.add(l.asLong());
        }
        every.add(l.value());
      }
      this.smallIntegers = small.stream().mapToLong(Long::longValue).sorted().toArray();
      this.all = every.toArray(BigDecimal[]::new);
    }

    @Override
    public boolean test(String value) {
      if (NumberSyntax.isSmallInteger(value)) {
        return Arrays.binarySearch(smallIntegers, Long.parseLong(value)) >= 0;
      }
      var number = new BigDecimal(value);
      for (var candidate : all) {
        if (candidate.compareTo(number) == 0) {
          return true;
        }
      }
      return false;
    }
  }
}
