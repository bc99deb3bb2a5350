package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TypeFamily;
import java.util.List;

/**
 * A partition column a filter reads, resolved once at check time: its declared name, its index
 * among the table's partition columns (where specs usually hold it) and its type family.
 */
record ColumnSlot(String name, int index, String type, TypeFamily family) {
  /** The value Hive stores for a null partition key. */
  static final String HIVE_DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  /** The entry holding this column, or -1 when the spec lacks it. */
  int find(List<PartitionSpec.Entry> entries) {
    if (index < entries.size() && entries.get(index).key().equalsIgnoreCase(name)) {
      return index;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  static boolean isNull(String value) {
    return value.equals(HIVE_DEFAULT_PARTITION);
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
