package dev.mms.domain.plan;

import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a job will migrate: the tables that get tasks, the tasks, what is skipped and why, the
 * totals over the tasks, and warnings about the config.
 */
public record Plan(
    List<Table> tables, List<PlannedTask> tasks, List<Skipped> skipped, Totals totals,
    List<String> warnings) {
  public Plan {
    tables = List.copyOf(tables);
    tasks = List.copyOf(tasks);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(totals, "totals");
    warnings = List.copyOf(warnings);
  }

  /** Sums over the tasks of a plan; bytes and rows count only the known sizes. */
  public record Totals(int tables, long partitions, long bytes, long rows, int tasks) {
    static Totals of(List<PlannedTask> tasks) {
      long partitions = 0;
      long bytes = 0;
      long rows = 0;
      var tables = new HashSet<TableId>();
      for (var t : tasks) {
        tables.add(t.table().id());
        partitions += t.partitions().size();
        bytes += t.bytes();
        rows += t.rows();
      }
      return new Totals(tables.size(), partitions, bytes, rows, tasks.size());
    }
  }
}
