package dev.mms.domain.catalog;

/**
 * Migration status of a database, table or partition. Partitions use only INIT, DOING, DONE and
 * FAILED; PART_DONE describes a table or database some of whose parts are done.
 */
public enum MigrationStatus {
  INIT,
  DOING,
  DONE,
  FAILED,
  PART_DONE;

  /**
   * The roll-up rule of a parent over its children: any DOING → DOING; else any FAILED → FAILED;
   * else all DONE → DONE; else some DONE (or PART_DONE) → PART_DONE; else INIT. No children → INIT.
   */
  public static MigrationStatus rollUp(Iterable<MigrationStatus> children) {
    var counts = StatusCounts.of(children);
    return counts.rollUp();
  }
}
