package dev.mms.application.memory;

import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

/** The filter and sort rules that every list query of the query model shares. */
final class Listing {
  private Listing() {}

  /** No filter, or {@code text} contains it ignoring case. */
  static boolean nameMatches(Optional<String> filter, String text) {
    return filter.map(f -> text.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)))
        .orElse(true);
  }

  /** No filter, or exactly {@code value}. */
  static <T> boolean exact(Optional<T> filter, T value) {
    return filter.map(value::equals).orElse(true);
  }

  /** No filter, or {@code value} is present and exactly the filter. */
  static <T> boolean exactIfPresent(Optional<T> filter, Optional<T> value) {
    return filter.isEmpty() || filter.equals(value);
  }

  /** Both bounds inclusive; a value that is unknown is outside any range. */
  static boolean inRange(Optional<Instant> value, Optional<Instant> from, Optional<Instant> to) {
    if (from.isEmpty() && to.isEmpty()) {
      return true;
    }
    return value.isPresent()
        && from.map(f -> !value.get().isBefore(f)).orElse(true)
        && to.map(t -> !value.get().isAfter(t)).orElse(true);
  }

  /** The sort keys in order, then id ascending so that paging is stable. */
  static <V, F extends Enum<F>> Comparator<V> order(
      List<Sort<F>> sorts, Function<Sort<F>, Comparator<V>> byField, Comparator<V> byId) {
    return sorts.stream().map(byField).reduce(Comparator::thenComparing)
        .map(c -> c.thenComparing(byId))
        .orElse(byId);
  }

  static <V, C extends Comparable<? super C>> Comparator<V> by(Function<V, C> key, Direction direction) {
    Comparator<V> ascending = Comparator.comparing(key);
    return direction == Direction.ASC ? ascending : ascending.reversed();
  }

  /** Like {@link #by}, with unknown values last in either direction. */
  static <V, C extends Comparable<? super C>> Comparator<V> byKnown(
      Function<V, Optional<C>> key, Direction direction) {
    Comparator<C> natural = Comparator.naturalOrder();
    Comparator<C> values = direction == Direction.ASC ? natural : natural.reversed();
    return Comparator.comparing(v -> key.apply(v).orElse(null), Comparator.nullsLast(values));
  }

  static Optional<Long> known(OptionalLong value) {
    return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
  }

  /** Sorts the matching rows and cuts out the page asked for. */
  static <V> Page<V> page(Stream<V> matching, Comparator<V> order, PageRequest request) {
    return Page.slice(matching.sorted(order).toList(), request);
  }
}
