package dev.mms.adapter.rest.wire;

import dev.mms.application.port.query.Page;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code data} of a paged list operation; {@code pageNum} and {@code pageSize} echo the
 * request. A request for every row (ListMmsDataSources without paging) echoes page 1 holding all of
 * them.
 */
public record PageResponse<T>(List<T> objectList, long total, int pageNum, int pageSize) {
  public PageResponse {
    objectList = List.copyOf(objectList);
    if (total < objectList.size()) {
      throw new IllegalArgumentException("total " + total + " < page of " + objectList.size());
    }
  }

  public static <T, R> PageResponse<R> of(Page<T> page, Function<? super T, ? extends R> item) {
    var request = page.request();
    return new PageResponse<>(
        page.items().stream().<R>map(item).toList(),
        page.total(),
        request.pageNum(),
        request.all() ? (int) Math.min(page.total(), Integer.MAX_VALUE) : request.pageSize());
  }
}
