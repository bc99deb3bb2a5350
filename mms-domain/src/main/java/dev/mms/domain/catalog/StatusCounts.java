package dev.mms.domain.catalog;

/**
 * The counters behind a roll-up ({@code tablesDoing}, {@code partitionsDone}, …): how many children
 * are in each status, and the parent status they imply.
 */
public record StatusCounts(int total, int init, int doing, int done, int failed, int partDone) {
  public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0);

  public StatusCounts {
    if (init < 0 || doing < 0 || done < 0 || failed < 0 || partDone < 0
        || init + doing + done + failed + partDone != total) {
      throw new IllegalArgumentException("inconsistent counts");
    }
  }

  public static StatusCounts of(Iterable<MigrationStatus> statuses) {
    var counts = NONE;
    for (var s : statuses) {
      counts = counts.plus(s);
    }
    return counts;
  }

  public StatusCounts plus(MigrationStatus status) {
    return switch (status) {
      case INIT -> new StatusCounts(total + 1, init + 1, doing, done, failed, partDone);
      case DOING -> new StatusCounts(total + 1, init, doing + 1, done, failed, partDone);
      case DONE -> new StatusCounts(total + 1, init, doing, done + 1, failed, partDone);
      case FAILED -> new StatusCounts(total + 1, init, doing, done, failed + 1, partDone);
      case PART_DONE -> new StatusCounts(total + 1, init, doing, done, failed, partDone + 1);
    };
  }

  public MigrationStatus rollUp() {
    if (doing > 0) {
      return MigrationStatus.DOING;
    }
    if (failed > 0) {
      return MigrationStatus.FAILED;
    }
    if (total > 0 && done == total) {
      return MigrationStatus.DONE;
    }
    if (done > 0 || partDone > 0) {
      return MigrationStatus.PART_DONE;
    }
    return MigrationStatus.INIT;
  }
}
