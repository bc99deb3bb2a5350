package dev.mms.domain.catalog;

import dev.mms.domain.name.ColumnName;
import java.util.Objects;
import java.util.Optional;

/** A column of a table (or a partition column) as the source catalog describes it. */
public record Column(
    ColumnName name, String type, Optional<String> comment, Optional<String> defaultValue,
    boolean nullable) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (type.isBlank()) {
      throw new IllegalArgumentException("column " + name + " needs a type");
    }
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }

  public static Column of(String name, String type) {
    return new Column(new ColumnName(name), type, Optional.empty(), Optional.empty(), true);
  }

  public TypeFamily family() {
    return TypeFamily.of(type);
  }
}
