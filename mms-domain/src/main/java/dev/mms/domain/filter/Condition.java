package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import java.util.List;

/**
 * A checked expression, evaluated in three-valued logic: {@link #UNKNOWN} when a value cannot be
 * read as its column's type. NOT keeps UNKNOWN, AND and OR follow Kleene's tables.
 */
interface Condition {
  int NO = 0;
  int YES = 1;
  int UNKNOWN = 2;

  int test(List<PartitionSpec.Entry> entries);

  /** A predicate on the value of one column; a missing or null value never satisfies it. */
  record OnValue(ColumnSlot slot, boolean readsNumber, boolean negated, ValueTest valueTest)
      implements Condition {
    @Override
    public int test(List<PartitionSpec.Entry> entries) {
      int i = slot.find(entries);
      if (i < 0) {
        return NO;
      }
      var value = entries.get(i).value();
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
    public int test(List<PartitionSpec.Entry> entries) {
      int i = slot.find(entries);
      boolean isNull = i < 0 || ColumnSlot.isNull(entries.get(i).value());
      return isNull != negated ? YES : NO;
    }
  }

  /** NOT. */
  record Not(Condition operand) implements Condition {
    @Override
    public int test(List<PartitionSpec.Entry> entries) {
      int result = operand.test(entries);
      return result == UNKNOWN ? UNKNOWN : YES - result;
    }
  }

  /** AND. */
  record And(Condition left, Condition right) implements Condition {
    @Override
    public int test(List<PartitionSpec.Entry> entries) {
      int l = left.test(entries);
      if (l == NO) {
        return NO;
      }
      int r = right.test(entries);
      if (r == NO) {
        return NO;
      }
      return l == YES && r == YES ? YES : UNKNOWN;
    }
  }

  /** OR. */
  record Or(Condition left, Condition right) implements Condition {
    @Override
    public int test(List<PartitionSpec.Entry> entries) {
      int l = left.test(entries);
      if (l == YES) {
        return YES;
      }
      int r = right.test(entries);
      if (r == YES) {
        return YES;
      }
      return l == NO && r == NO ? NO : UNKNOWN;
    }
  }
}
