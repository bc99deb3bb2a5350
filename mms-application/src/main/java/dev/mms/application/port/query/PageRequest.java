package dev.mms.application.port.query;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/**
 * Which page of a list: 1-based {@code pageNum} and {@code pageSize}, or {@link #ALL} rows
 * (ListMmsDataSources without paging parameters).
 */
public record PageRequest(int pageNum, int pageSize) {
  public static final int MAX_PAGE_SIZE = 1000;
  public static final int DEFAULT_PAGE_SIZE = 10;
  public static final PageRequest ALL = new PageRequest(1, Integer.MAX_VALUE);

  public PageRequest {
    if (pageNum < 1 || pageSize < 1) {
      throw new IllegalArgumentException("page " + pageNum + "/" + pageSize);
    }
  }

  /** Missing values take the defaults (page 1, 10 rows); out-of-range values are refused. */
  public static Validation<DomainError, PageRequest> of(Integer pageNum, Integer pageSize) {
    int num = pageNum == null ? 1 : pageNum;
    int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    if (num < 1) {
      return Validation.invalid(new InvalidValue("pageNum", "must be >= 1, got " + num));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      return Validation.invalid(new InvalidValue("pageSize", "must be 1.." + MAX_PAGE_SIZE + ", got " + size));
    }
    return Validation.valid(new PageRequest(num, size));
  }

  /** Rows to skip. */
  public long offset() {
    return (long) (pageNum - 1) * pageSize;
  }

  public boolean all() {
    return pageSize == Integer.MAX_VALUE;
  }
}
