package dev.mms.application.service.rollup;

import dev.mms.application.port.out.DatabaseRepository;
import dev.mms.application.port.out.PartitionRepository;
import dev.mms.application.port.out.TableRepository;
import dev.mms.application.port.out.TransactionPort;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskStatus;
import java.time.Instant;
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
    var status = statusOf(task.status());
    tx.inTransaction(() -> {
      tables.findById(task.sourceId(), task.tableId()).forEach(table -> {
        MigrationStatus tableStatus;
        if (task.partitions().isEmpty()) {
          tableStatus = status;
        } else {
          partitions.updateStatus(task.partitions(), status, at);
          tableStatus = partitions.countsByTable(List.of(table.id()))
              .getOrDefault(table.id(), StatusCounts.NONE).rollUp();
        }
        // A table whose every part is migrated is no longer "changed since the last migration".
        boolean clearsUpdated = tableStatus == MigrationStatus.DONE && table.updated();
        if (tableStatus != table.status() || clearsUpdated) {
          var next = table.withStatus(tableStatus, at);
          tables.updateAll(List.of(clearsUpdated ? next.withUpdated(false, at) : next));
        }
      });
      databases.findById(task.sourceId(), task.dbId()).forEach(db -> {
        var dbStatus = tables.countsByDatabase(List.of(db.id()))
            .getOrDefault(db.id(), StatusCounts.NONE).rollUp();
        if (dbStatus != db.status()) {
          databases.updateAll(List.of(db.withStatus(dbStatus, at)));
        }
      });
      return null;
    });
  }
}
