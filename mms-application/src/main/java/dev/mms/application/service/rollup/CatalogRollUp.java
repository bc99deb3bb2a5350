package dev.mms.application.service.rollup;

import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Carries a task's status to the catalog: the partitions it covers (or its non-partitioned
 * table) become DOING, DONE, FAILED or INIT, then the table and the database are re-derived with
 * {@link StatusCounts#rollUp} over their non-deleted children. Each roll-up is one transaction,
 * so two tasks finishing together cannot leave a stale parent behind (as far as the store's
 * isolation goes); it may join a caller's transaction.
 */
public final class CatalogRollUp {
  private final DatabaseRepository databases;
  private final TableRepository tables;
  private final PartitionRepository partitions;
  private final TransactionPort tx;

  public CatalogRollUp(DatabaseRepository databases, TableRepository tables,
      PartitionRepository partitions, TransactionPort tx) {
    this.databases = Objects.requireNonNull(databases, "databases");
    this.tables = Objects.requireNonNull(tables, "tables");
    this.partitions = Objects.requireNonNull(partitions, "partitions");
    this.tx = Objects.requireNonNull(tx, "tx");
  }

  /**
   * The status a task gives what it covers: INIT before it starts, DOING while any phase is under
   * way or between phases, FAILED while a phase has failed, DONE at the end.
   */
  public static MigrationStatus statusOf(TaskStatus status) {
    return switch (status) {
      case INIT -> MigrationStatus.INIT;
      case SCHEMA_DOING, SCHEMA_DONE, DATA_DOING, DATA_DONE, VERIFICATION_DOING, VERIFICATION_DONE ->
          MigrationStatus.DOING;
      case SCHEMA_FAILED, DATA_FAILED, VERIFICATION_FAILED -> MigrationStatus.FAILED;
      case DONE -> MigrationStatus.DONE;
    };
  }

  /** Applies {@code task}'s current status to its partitions or table, then rolls up. */
  public void onTaskStatus(Task task, Instant at) {
    tx.inTransaction(() -> {
      databases.lockCatalog(task.sourceId());
      apply(task, statusOf(task.status()), at);
      return null;
    });
  }

  /**
   * The tasks of a deleted job are gone: what their started, unfinished tasks covered goes back
   * to INIT (the destination may hold part of a copy), then tables and databases roll up. What
   * INIT tasks covered was never touched, and DONE tasks keep what they migrated.
   */
  public void onTasksRemoved(Collection<Task> removed, Instant at) {
    tx.inTransaction(() -> {
      removed.stream().map(Task::sourceId).distinct().sorted().forEach(databases::lockCatalog);
      removed.stream()
          .filter(t -> t.status() != TaskStatus.INIT && !t.status().done())
          .forEach(t -> apply(t, MigrationStatus.INIT, at));
      return null;
    });
  }

  private void apply(Task task, MigrationStatus status, Instant at) {
    // A child under way makes its parent DOING whatever its siblings are, so nothing is counted;
    // only a child that still counts (not deleted) does.
    var table = tables.findById(task.sourceId(), task.tableId());
    var tableStatus = table.map(t -> applyToTable(task, t, status, at));
    boolean tableDoing = tableStatus.contains(MigrationStatus.DOING) && table.exists(t -> !t.deleted());
    rollUpDatabase(task.sourceId(), task.dbId(), at, tableDoing);
  }

  /** Sets the status of what the task covers, re-derives the table's and returns it. */
  private MigrationStatus applyToTable(Task task, Table table, MigrationStatus status, Instant at) {
    MigrationStatus tableStatus = status;
    if (!task.partitions().isEmpty()) {
      partitions.updateStatus(task.partitions(), status, at);
      boolean doing = status == MigrationStatus.DOING
          && partitions.findByIds(task.partitions()).stream().anyMatch(p -> !p.deleted());
      if (!doing) {
        tableStatus = partitions.countsByTable(List.of(table.id()))
            .getOrDefault(table.id(), StatusCounts.NONE).rollUp();
      }
    }
    // A table whose every part is migrated is no longer "changed since the last migration".
    boolean clearsUpdated = tableStatus == MigrationStatus.DONE && table.updated();
    if (tableStatus != table.status() || clearsUpdated) {
      var next = table.withStatus(tableStatus, at);
      tables.updateAll(List.of(clearsUpdated ? next.withUpdated(false, at) : next));
    }
    return tableStatus;
  }

  /**
   * Re-derives every partitioned table of the databases from its partitions, and the databases
   * from their tables, after a scan added or removed partitions. Only statuses change: the
   * {@code updated} marks the scan set stay.
   */
  public void afterScan(SourceId sourceId, Collection<DatabaseId> dbIds, Instant at) {
    tx.inTransaction(() -> {
      databases.lockCatalog(sourceId);
      for (var dbId : dbIds) {
        var partitioned = tables.findByDatabase(dbId).stream()
            .filter(t -> !t.deleted() && t.partitioned())
            .toList();
        var counts = partitions.countsByTable(partitioned.stream().map(Table::id).toList());
        var changed = new ArrayList<Table>();
        for (var table : partitioned) {
          var status = counts.getOrDefault(table.id(), StatusCounts.NONE).rollUp();
          if (status != table.status()) {
            changed.add(table.withStatus(status, at));
          }
        }
        if (!changed.isEmpty()) {
          tables.updateAll(changed);
        }
        rollUpDatabase(sourceId, dbId, at, false);
      }
      return null;
    });
  }

  private void rollUpDatabase(SourceId sourceId, DatabaseId dbId, Instant at, boolean childDoing) {
    databases.findById(sourceId, dbId).forEach(db -> {
      var dbStatus = childDoing ? MigrationStatus.DOING : tables.countsByDatabase(List.of(db.id()))
          .getOrDefault(db.id(), StatusCounts.NONE).rollUp();
      if (dbStatus != db.status()) {
        databases.updateAll(List.of(db.withStatus(dbStatus, at)));
      }
    });
  }
}
