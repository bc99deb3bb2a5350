package dev.mms.domain.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A partition as a catalog reader saw it; sizes are empty when the source cannot tell. */
public record ScannedPartition(
    PartitionSpec spec, Optional<Instant> lastDdlTime, OptionalLong numRows, OptionalLong size) {
  public ScannedPartition {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(lastDdlTime, "lastDdlTime");
    Objects.requireNonNull(numRows, "numRows");
    Objects.requireNonNull(size, "size");
  }
}
