package dev.mms.domain.plan;

/**
 * How large one task may grow: at most {@code maxPartitions} partitions and {@code maxBytes}
 * bytes ({@code task.partition.max.num} and {@code task.partition.max.size}).
 */
public record GroupingLimits(int maxPartitions, long maxBytes) {
  public static final GroupingLimits DEFAULT = new GroupingLimits(50, 5L * 1024 * 1024 * 1024);

  public GroupingLimits {
    if (maxPartitions < 1 || maxBytes < 1) {
      throw new IllegalArgumentException(
          "grouping limits must be positive: " + maxPartitions + " partitions, " + maxBytes + " bytes");
    }
  }
}
