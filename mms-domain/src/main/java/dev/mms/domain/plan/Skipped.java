package dev.mms.domain.plan;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.name.TableName;
import java.util.Objects;
import java.util.Optional;

/** A table, or one partition of it, that the plan leaves out, with the reason a user can read. */
public record Skipped(TableName table, Optional<PartitionSpec> partition, String reason) {
  public Skipped {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(reason, "reason");
  }
}
