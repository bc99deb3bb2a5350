package dev.mms.adapter.rest.wire;

import java.util.List;

/**
 * The {@code data} of a paged list operation; {@code pageNum} and {@code pageSize} echo the
 * request.
 */
public record Page<T>(List<T> objectList, long total, int pageNum, int pageSize) {
  public Page {
    objectList = List.copyOf(objectList);
    if (total < objectList.size()) {
      throw new IllegalArgumentException("total " + total + " < page of " + objectList.size());
    }
  }
}
