package dev.mms.domain.filter;

/**
 * A checked expression, evaluated in three-valued logic: {@link #UNKNOWN} when a value cannot be
 * read as its column's type. NOT keeps UNKNOWN, AND and OR follow Kleene's tables. It reads the
 * values of one spec by {@link ColumnSlot#index()}, where a missing key holds the null value.
 */
interface Condition {
  int NO = 0;
  int YES = 1;
  int UNKNOWN = 2;

  int test(String[] values);

  /** A predicate on the value of one column; a missing or null value never satisfies it. */
  record OnValue(ColumnSlot slot, boolean readsNumber, boolean negated, ValueTest valueTest)
      implements Condition {
    @Override
    public int test(String[] values) {
      var value = values[slot.index()];
      if (ColumnSlot.isNull(value)) {
        return NO;
      }
      if (readsNumber && !slot.readable(value)) {
        return UNKNOWN;
      }
      int result = valueTest.test(value) ? YES : NO;
      return negated ? YES - result : result;
    }
  }

  /** IS [NOT] NULL. */
  record IsNull(ColumnSlot slot, boolean negated) implements Condition {
    @Override
    public int test(String[] values) {
      return ColumnSlot.isNull(values[slot.index()]) != negated ? YES : NO;
    }
  }

  /** NOT. */
  record Not(Condition operand) implements Condition {
    @Override
    public int test(String[] values) {
      int result = operand.test(values);
      return result == UNKNOWN ? UNKNOWN : YES - result;
    }
  }

  /** AND. */
  record And(Condition left, Condition right) implements Condition {
    @Override
    public int test(String[] values) {
      int l = left.test(values);
      if (l == NO) {
        return NO;
      }
      int r = right.test(values);
      if (r == NO) {
        return NO;
      }
      return l == YES && r == YES ? YES : UNKNOWN;
    }
  }

  /** OR. */
  record Or(Condition left, Condition right) implements Condition {
    @Override
    public int test(String[] values) {
      int l = left.test(values);
      if (l == YES) {
        return YES;
      }
      int r = right.test(values);
      if (r == YES) {
        return YES;
      }
      return l == NO && r == NO ? NO : UNKNOWN;
    }
  }
}
