package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TypeFamily;

/**
 * A partition column a filter reads, resolved once at check time: its declared name, its index
 * among the table's partition columns (where specs usually hold it) and its type family.
 */
record ColumnSlot(String name, int index, String type, TypeFamily family) {
  /** The value Hive stores for a null partition key. */
  static final String HIVE_DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  /** Whether {@code spec} holds this column where the table has it, as specs usually do. */
  boolean inColumnOrder(PartitionSpec spec) {
    return spec.hasKeyAt(index, name);
  }

  /** The entry holding this column, or -1 when the spec lacks it. */
  int find(PartitionSpec spec) {
    return inColumnOrder(spec) ? index : spec.indexOf(name);
  }

  /** Whether entry {@code entry} of {@code spec} is missing (-1) or holds the null value. */
  static boolean isNull(PartitionSpec spec, int entry) {
    return entry < 0 || spec.valueEquals(entry, HIVE_DEFAULT_PARTITION);
  }

  /** Whether a non-null value can be read as this column's type. */
  boolean readable(String value) {
    return switch (family) {
      case INTEGER -> NumberSyntax.isInteger(value);
      case DECIMAL -> NumberSyntax.isDecimal(value);
      case TEXT -> true;
    };
  }

  String unreadableReason(String value) {
    return "value " + new Literal.Text(value).render() + " of column " + name + " (" + type
        + ") is not " + (family == TypeFamily.INTEGER ? "an integer" : "a number");
  }
}
