package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import java.util.List;

/**
 * A filter checked against one table's partition columns, ready to test partition specs: columns
 * and literal types are resolved once, so a test neither parses the filter nor allocates.
 */
public final class CheckedFilter {
  private final PartitionFilter filter;
  private final Condition condition;
  private final List<ColumnSlot> numericSlots;

  CheckedFilter(PartitionFilter filter, Condition condition, List<ColumnSlot> numericSlots) {
    this.filter = filter;
    this.condition = condition;
    this.numericSlots = List.copyOf(numericSlots);
  }

  public PartitionFilter filter() {
    return filter;
  }

  public FilterOutcome test(PartitionSpec spec) {
    var entries = spec.entries();
    return switch (condition.test(entries)) {
      case Condition.YES -> FilterOutcome.MATCH;
      case Condition.NO -> FilterOutcome.NO_MATCH;
      default -> new FilterOutcome.Unreadable(reason(entries));
    };
  }

  private String reason(List<PartitionSpec.Entry> entries) {
    for (var slot : numericSlots) {
      int i = slot.find(entries);
      if (i >= 0) {
        var value = entries.get(i).value();
        if (!ColumnSlot.isNull(value) && !slot.readable(value)) {
          return slot.unreadableReason(value);
        }
      }
    }
    throw new IllegalStateException("an unknown outcome needs an unreadable value");
  }

  @Override
  public String toString() {
    return filter.render();
  }
}
