package dev.mms.application.port.query;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of matching rows. */
public record Page<T>(List<T> items, long total, PageRequest request) {
  public Page {
    items = List.copyOf(items);
    if (total < items.size()) {
      throw new IllegalArgumentException("total " + total + " < page size " + items.size());
    }
  }

  public <R> Page<R> map(Function<? super T, ? extends R> f) {
    return new Page<>(items.stream().<R>map(f).toList(), total, request);
  }

  /** The page of {@code all} (already filtered and sorted) that {@code request} asks for. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    long from = Math.min(request.offset(), all.size());
    long to = Math.min(from + (long) request.pageSize(), all.size());
    return new Page<>(all.subList((int) from, (int) to), all.size(), request);
  }
}
