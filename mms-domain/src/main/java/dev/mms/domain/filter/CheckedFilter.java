package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import java.util.List;

/**
 * A filter checked against one table's partition columns, ready to test partition specs: columns
 * and literal types are resolved once, so a test parses nothing and looks each column it reads up
 * once per spec, whatever the number of clauses reading it.
 */
public final class CheckedFilter {
  private final PartitionFilter filter;
  private final Condition condition;
  private final ColumnSlot[] slots;
  private final int width;
  private final List<ColumnSlot> numericSlots;

  CheckedFilter(PartitionFilter filter, Condition condition, List<ColumnSlot> slots, int width,
      List<ColumnSlot> numericSlots) {
    this.filter = filter;
    this.condition = condition;
    this.slots = slots.toArray(ColumnSlot[]::new);
    this.width = width;
    this.numericSlots = List.copyOf(numericSlots);
  }

  public PartitionFilter filter() {
    return filter;
  }

  public FilterOutcome test(PartitionSpec spec) {
    // Reading every value before testing lets their cache misses overlap, where testing reads
    // them one clause after another (issue #7); that is worth reading values a test may not need.
    var entries = spec.entries();
    var values = new String[width];
    for (var slot : slots) {
      int i = slot.find(entries);
      values[slot.index()] = i < 0 ? ColumnSlot.HIVE_DEFAULT_PARTITION : entries.get(i).value();
    }
    return switch (condition.test(values)) {
      case Condition.YES -> FilterOutcome.MATCH;
      case Condition.NO -> FilterOutcome.NO_MATCH;
      default -> new FilterOutcome.Unreadable(reason(values));
    };
  }

  /** The first numeric column in the text whose value is unreadable, whatever the order of tests. */
  private String reason(String[] values) {
    for (var slot : numericSlots) {
      var value = values[slot.index()];
      if (!ColumnSlot.isNull(value) && !slot.readable(value)) {
        return slot.unreadableReason(value);
      }
    }
    throw new IllegalStateException("an unknown outcome needs an unreadable value");
  }

  @Override
  public String toString() {
    return filter.render();
  }
}
