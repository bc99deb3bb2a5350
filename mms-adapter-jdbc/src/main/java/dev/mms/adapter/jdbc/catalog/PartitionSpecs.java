package dev.mms.adapter.jdbc.catalog;

import dev.mms.domain.catalog.PartitionSpec;

/** The fixed-size key {@code mms_partition.spec_hash} that exact spec lookups go through. */
public final class PartitionSpecs {
  private PartitionSpecs() {}

  /** A 64-bit polynomial hash of the spec's text; queries compare the text too, so collisions are harmless. */
  public static long hash(PartitionSpec spec) {
    var text = spec.render();
    long h = 1125899906842597L;
    for (int i = 0; i < text.length(); i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }
}
