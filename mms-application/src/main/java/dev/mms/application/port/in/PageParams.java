package dev.mms.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** The {@code pageNum}/{@code pageSize} of a list request, as given; the service checks them. */
public record PageParams(Optional<Integer> pageNum, Optional<Integer> pageSize) {
  public static final PageParams DEFAULT = new PageParams(Optional.empty(), Optional.empty());

  public PageParams {
    Objects.requireNonNull(pageNum, "pageNum");
    Objects.requireNonNull(pageSize, "pageSize");
  }

  public static PageParams of(int pageNum, int pageSize) {
    return new PageParams(Optional.of(pageNum), Optional.of(pageSize));
  }
}
