package dev.mms.application.port.query;

import java.util.Objects;

/**
 * One sort key of a list. {@code F} is the closed set of sortable fields of that list; rows
 * equal on every key are always ordered by id ascending, so paging is stable.
 */
public record Sort<F extends Enum<F>>(F field, Direction direction) {
  public Sort {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(direction, "direction");
  }
}
