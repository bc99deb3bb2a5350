package dev.mms.domain.plan;

import dev.mms.domain.catalog.Partition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * First-fit-decreasing bin packing of one table's partitions under both caps. The first group
 * that still fits is found in a max-tree of remaining capacities, so packing n partitions costs
 * O(n log n) rather than O(n × groups). Unknown sizes count as zero bytes.
 */
final class Packing {

  /** One group of partitions, in the order they were placed. */
  record Group(List<Partition> partitions, long bytes, long rows, boolean oversize) {}

  private Packing() {}

  /** Packs partitions already sorted by size, largest first. */
  static List<Group> firstFitDecreasing(List<Partition> largestFirst, GroupingLimits limits) {
    var oversize = new ArrayList<Group>();
    var bins = new ArrayList<Bin>();
    var capacities = new CapacityTree(largestFirst.size(), limits.maxBytes());
    for (var p : largestFirst) {
      long size = p.size().orElse(0);
      if (size > limits.maxBytes()) {
        oversize.add(new Group(List.of(p), size, p.numRows().orElse(0), true));
        continue;
      }
      int slot = capacities.leftmostAtLeast(size);
      if (slot == bins.size()) {
        bins.add(new Bin());
      }
      var bin = bins.get(slot);
      bin.add(p, size);
      capacities.set(slot,
          bin.partitions.size() == limits.maxPartitions() ? -1 : limits.maxBytes() - bin.bytes);
    }
    var groups = new ArrayList<Group>(oversize);
    for (var bin : bins) {
      groups.add(new Group(bin.partitions, bin.bytes, bin.rows, false));
    }
    return groups;
  }

  private static final class Bin {
    private final List<Partition> partitions = new ArrayList<>();
    private long bytes;
    private long rows;

    void add(Partition p, long size) {
      partitions.add(p);
      bytes += size;
      rows += p.numRows().orElse(0);
    }
  }

  /** Remaining capacity per group slot; unopened slots are full, a closed one is -1. */
  private static final class CapacityTree {
    private final int leaves;
    private final long[] max;

    CapacityTree(int slots, long capacity) {
      int n = 1;
      while (n < Math.max(1, slots)) {
        n <<= 1;
      }
      this.leaves = n;
      this.max = new long[2 * n];
      Arrays.fill(max, capacity);
    }

    int leftmostAtLeast(long size) {
      int node = 1;
      while (node < leaves) {
        node = max[2 * node] >= size ? 2 * node : 2 * node + 1;
      }
      return node - leaves;
    }

    void set(int slot, long remaining) {
      int node = slot + leaves;
      max[node] = remaining;
      for (node >>= 1; node >= 1; node >>= 1) {
        max[node] = Math.max(max[2 * node], max[2 * node + 1]);
      }
    }
  }
}
