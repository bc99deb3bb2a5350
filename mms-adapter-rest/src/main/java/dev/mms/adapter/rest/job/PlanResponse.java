package dev.mms.adapter.rest.job;

import java.util.List;

/**
 * The {@code data} of the dry run ({@code POST …/jobs?dryRun=true}), an extension of the MMS API:
 * the tables the job would migrate, its tasks, what it would leave out and why, the totals over the
 * tasks, and warnings about the config.
 */
record PlanResponse(
    List<PlanTableResponse> tables,
    List<PlannedTaskResponse> tasks,
    List<SkippedResponse> skipped,
    PlanTotalsResponse totals,
    List<String> warnings) {

  /** A table that gets tasks. */
  record PlanTableResponse(long id, String name) {}

  /**
   * One task: a table, or a group of its partitions (by value), with their known bytes and rows;
   * {@code oversize} marks a single partition over the size cap.
   */
  record PlannedTaskResponse(
      long tableId,
      String srcTableName,
      String dstTableName,
      List<String> partitions,
      long bytes,
      long rows,
      boolean oversize) {}

  /** A table, or a partition of it, left out. */
  record SkippedResponse(String table, String partition, String reason) {}

  /** Sums over the tasks; bytes and rows count only the known sizes. */
  record PlanTotalsResponse(int tables, long partitions, long bytes, long rows, int tasks) {}
}
