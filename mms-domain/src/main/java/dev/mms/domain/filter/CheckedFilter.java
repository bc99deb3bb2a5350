package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A filter checked against one table's partition columns, ready to test partition specs: columns
 * and literal types are resolved once, so a test parses nothing and looks each column it reads up
 * once per spec, whatever the number of clauses reading it. A spec that holds the columns in the
 * table's order, as specs usually do, is tested without allocating.
 */
public final class CheckedFilter {
  private final PartitionFilter filter;
  private final Condition condition;
  private final ColumnSlot[] slots;
  private final List<ColumnSlot> numericSlots;
  /** A spec with every partition column of the table, in order, as specs usually have them. */
  private final PartitionSpec columnKeys;
  /** Where a spec in column order holds each column: at the column's index. */
  private final int[] columnOrder;

  /** {@code columns} are the table's partition columns; a checked filter reads at least one. */
  CheckedFilter(PartitionFilter filter, Condition condition, List<ColumnSlot> slots,
      List<String> columns, List<ColumnSlot> numericSlots) {
    this.filter = filter;
    this.condition = condition;
    this.slots = slots.toArray(ColumnSlot[]::new);
    this.numericSlots = List.copyOf(numericSlots);
    this.columnKeys = new PartitionSpec(
        columns.stream().map(c -> new PartitionSpec.Entry(c, "")).toList());
    this.columnOrder = IntStream.range(0, columns.size()).toArray();
  }

  public PartitionFilter filter() {
    return filter;
  }

  public FilterOutcome test(PartitionSpec spec) {
    var entries = entries(spec);
    return switch (condition.test(spec, entries)) {
      case Condition.YES -> FilterOutcome.MATCH;
      case Condition.NO -> FilterOutcome.NO_MATCH;
      default -> new FilterOutcome.Unreadable(reason(spec, entries));
    };
  }

  /** The entry of {@code spec} holding each column, by column index; -1 where it lacks one. */
  private int[] entries(PartitionSpec spec) {
    if (spec.hasSameKeys(columnKeys)) {
      return columnOrder;
    }
    for (var slot : slots) {
      if (!slot.inColumnOrder(spec)) {
        var entries = new int[columnOrder.length];
        for (var s : slots) {
          entries[s.index()] = s.find(spec);
        }
        return entries;
      }
    }
    return columnOrder;
  }

  /** The first numeric column in the text whose value is unreadable, whatever the order of tests. */
  private String reason(PartitionSpec spec, int[] entries) {
    for (var slot : numericSlots) {
      int entry = entries[slot.index()];
      if (!ColumnSlot.isNull(spec, entry) && !slot.readable(spec.value(entry))) {
        return slot.unreadableReason(spec.value(entry));
      }
    }
    throw new IllegalStateException("an unknown outcome needs an unreadable value");
  }

  @Override
  public String toString() {
    return filter.render();
  }
}
