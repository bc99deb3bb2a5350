package dev.mms.adapter.rest.wire;

import java.util.Objects;

/** One sort key of a list request, e.g. {@code sorter.numRows=desc}. */
public record Sorter(String field, SortDirection direction) {
  public Sorter {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(direction, "direction");
  }
}
