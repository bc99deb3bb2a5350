package dev.mms.adapter.rest.wire;

/** A 1-based page of a list request. */
public record Paging(int pageNum, int pageSize) {
  /** The largest page a client may ask for. */
  public static final int MAX_PAGE_SIZE = 1000;

  public Paging {
    if (pageNum < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page " + pageNum + " of size " + pageSize);
    }
  }
}
