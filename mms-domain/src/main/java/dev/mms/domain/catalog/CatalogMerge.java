package dev.mms.domain.catalog;

import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges what a scan read into the stored catalog of a source. Known objects (matched by name, or
 * by partition value) keep their id, migration status and destination mapping; new ones get ids
 * from {@link Ids}. An object whose size, row count, last DDL time or schema changed is marked
 * {@code updated}; one inside the scope that the source no longer has is marked {@code deleted}.
 * Only objects whose content differs are returned as changed, so merging the same snapshot again
 * changes nothing.
 */
public final class CatalogMerge {

  private CatalogMerge() {}

  /** Where the ids of new objects come from. */
  public interface Ids {
    DatabaseId nextDatabase();

    TableId nextTable();

    PartitionId nextPartition();
  }

  /** A set of catalog objects of one source: the stored part in scope, or what a merge writes. */
  public record Catalog(List<Database> databases, List<Table> tables, List<Partition> partitions) {
    public static final Catalog EMPTY = new Catalog(List.of(), List.of(), List.of());

    public Catalog {
      databases = List.copyOf(databases);
      tables = List.copyOf(tables);
      partitions = List.copyOf(partitions);
    }

    public boolean isEmpty() {
      return databases.isEmpty() && tables.isEmpty() && partitions.isEmpty();
    }
  }

  /**
   * What a scan found in its scope ({@code databases}, {@code tables}, {@code partitions}) and what
   * the merge did: objects added, objects newly marked updated, objects newly marked deleted.
   */
  public record Summary(
      int databases, int tables, int partitions, int added, int updated, int deleted) {}

  /** The objects to insert, the objects to rewrite, and the summary. */
  public record Result(Catalog added, Catalog changed, Summary summary) {
    public Result {
      Objects.requireNonNull(added, "added");
      Objects.requireNonNull(changed, "changed");
      Objects.requireNonNull(summary, "summary");
    }

    /** Nothing to write. */
    public boolean isEmpty() {
      return added.isEmpty() && changed.isEmpty();
    }
  }

  /**
   * Merges {@code snapshot} into {@code stored}, which must hold every stored object of the source
   * inside {@code scope} (for a table scope: every table of the database and the partitions of
   * the listed tables). Parts of the snapshot outside the scope are ignored.
   */
  public static Result merge(
      SourceId sourceId, Catalog stored, CatalogSnapshot snapshot, ScanScope scope, Ids ids,
      Instant now) {
    return new Merger(sourceId, stored, scope, ids, now).run(snapshot);
  }

  private static final class Merger {
    private final SourceId sourceId;
    private final ScanScope scope;
    private final Ids ids;
    private final Instant now;
    private final Map<DatabaseName, Database> dbsByName = new LinkedHashMap<>();
    private final Map<DatabaseId, Map<TableName, Table>> tablesByDb = new HashMap<>();
    private final Map<TableId, Map<PartitionSpec, Partition>> partitionsByTable = new HashMap<>();
    private final List<Database> addedDbs = new ArrayList<>();
    private final List<Table> addedTables = new ArrayList<>();
    private final List<Partition> addedPartitions = new ArrayList<>();
    private final List<Database> changedDbs = new ArrayList<>();
    private final List<Table> changedTables = new ArrayList<>();
    private final List<Partition> changedPartitions = new ArrayList<>();
    private int seenDbs;
    private int seenTables;
    private int seenPartitions;
    private int markedUpdated;
    private int markedDeleted;

    Merger(SourceId sourceId, Catalog stored, ScanScope scope, Ids ids, Instant now) {
      this.sourceId = sourceId;
      this.scope = scope;
      this.ids = ids;
      this.now = now;
      stored.databases().forEach(d -> dbsByName.put(d.name(), d));
      stored.tables().forEach(t ->
          tablesByDb.computeIfAbsent(t.dbId(), k -> new LinkedHashMap<>()).put(t.name(), t));
      stored.partitions().forEach(p ->
          partitionsByTable.computeIfAbsent(p.tableId(), k -> new LinkedHashMap<>()).put(p.value(), p));
    }

    Result run(CatalogSnapshot snapshot) {
      var seen = new HashSet<DatabaseName>();
      for (var scanned : snapshot.databases()) {
        if (dbInScope(scanned.name()) && seen.add(scanned.name())) {
          seenDbs++;
          mergeDatabase(scanned);
        }
      }
      for (var old : dbsByName.values()) {
        if (dbInScope(old.name()) && !seen.contains(old.name())) {
          if (scope.tables().isEmpty()) {
            tablesOf(old.id()).values().forEach(this::markTableDeleted);
            if (!old.deleted()) {
              markedDeleted++;
              changedDbs.add(copy(old, old.numRows(), old.size(), old.updated(), true, now));
            }
          } else {
            tablesOf(old.id()).values().stream()
                .filter(t -> scope.tables().contains(t.name()))
                .forEach(this::markTableDeleted);
          }
        }
      }
      return new Result(
          new Catalog(addedDbs, addedTables, addedPartitions),
          new Catalog(changedDbs, changedTables, changedPartitions),
          new Summary(seenDbs, seenTables, seenPartitions,
              addedDbs.size() + addedTables.size() + addedPartitions.size(), markedUpdated,
              markedDeleted));
    }

    private void mergeDatabase(ScannedDatabase scanned) {
      var old = dbsByName.get(scanned.name());
      var dbId = old == null ? ids.nextDatabase() : old.id();
      var finalTables = new LinkedHashMap<TableName, Table>(tablesOf(dbId));
      var seen = new HashSet<TableName>();
      for (var table : scanned.tables()) {
        if (tableInScope(table.name()) && seen.add(table.name())) {
          seenTables++;
          finalTables.put(table.name(), mergeTable(dbId, scanned.name(), table));
        }
      }
      for (var oldTable : tablesOf(dbId).values()) {
        if (tableInScope(oldTable.name()) && !seen.contains(oldTable.name())) {
          finalTables.put(oldTable.name(), markTableDeleted(oldTable));
        }
      }
      long rows = 0;
      long size = 0;
      for (var t : finalTables.values()) {
        if (!t.deleted()) {
          rows += t.numRows();
          size += t.size();
        }
      }
      if (old == null) {
        addedDbs.add(new Database(dbId, sourceId, scanned.name(), scanned.description(),
            scanned.owner(), scanned.location(), Optional.empty(),
            scanned.lastDdlTime(), rows, size, MigrationStatus.INIT, false,
            Optional.empty(), Optional.empty(), now, now, false));
        return;
      }
      boolean changed = rows != old.numRows() || size != old.size()
          || !scanned.lastDdlTime().equals(old.lastDdlTime());
      var candidate = new Database(old.id(), sourceId, old.name(), scanned.description(),
          scanned.owner(), scanned.location(), old.extra(), scanned.lastDdlTime(), rows, size,
          old.status(), old.updated() || changed, old.dstProjectName(), old.dstName(),
          old.createTime(), old.updateTime(), false);
      if (candidate.updated() && !old.updated()) {
        markedUpdated++;
      }
      if (!candidate.equals(old)) {
        changedDbs.add(copy(candidate, rows, size, candidate.updated(), false, now));
      }
    }

    private Table mergeTable(DatabaseId dbId, DatabaseName dbName, ScannedTable scanned) {
      var old = tablesOf(dbId).get(scanned.name());
      var tableId = old == null ? ids.nextTable() : old.id();
      var known = old == null ? Map.<PartitionSpec, Partition>of() : partitionsOf(tableId);
      long partitionRows = 0;
      long partitionSize = 0;
      var seen = new HashSet<PartitionSpec>();
      for (var p : scanned.partitions()) {
        if (!seen.add(p.spec())) {
          continue;
        }
        seenPartitions++;
        partitionRows += p.numRows().orElse(0);
        partitionSize += p.size().orElse(0);
        mergePartition(dbId, dbName, tableId, scanned.name(), known.get(p.spec()), p);
      }
      for (var oldPartition : known.values()) {
        if (!seen.contains(oldPartition.value())) {
          markPartitionDeleted(oldPartition);
        }
      }
      long rows = scanned.numRows().orElse(partitionRows);
      long size = scanned.size().orElse(partitionSize);
      if (old == null) {
        var table = new Table(tableId, sourceId, dbId, dbName, scanned.name(), scanned.type(),
            scanned.schema(), scanned.owner(), scanned.location(), scanned.inputFormat(),
            scanned.outputFormat(), scanned.serde(), scanned.extra(), scanned.lastDdlTime(), rows,
            size, MigrationStatus.INIT, false, Optional.empty(),
            Optional.empty(), Optional.empty(), now, now, false);
        addedTables.add(table);
        return table;
      }
      boolean changed = rows != old.numRows() || size != old.size()
          || !scanned.lastDdlTime().equals(old.lastDdlTime()) || !scanned.schema().equals(old.schema());
      var candidate = new Table(old.id(), sourceId, dbId, dbName, scanned.name(), scanned.type(),
          scanned.schema(), scanned.owner(), scanned.location(), scanned.inputFormat(),
          scanned.outputFormat(), scanned.serde(), scanned.extra(), scanned.lastDdlTime(), rows,
          size, old.status(), old.updated() || changed, old.dstProjectName(),
          old.dstSchemaName(), old.dstName(), old.createTime(), old.updateTime(), false);
      if (candidate.updated() && !old.updated()) {
        markedUpdated++;
      }
      if (candidate.equals(old)) {
        return old;
      }
      var table = touched(candidate, false);
      changedTables.add(table);
      return table;
    }

    private void mergePartition(DatabaseId dbId, DatabaseName dbName, TableId tableId,
        TableName tableName, Partition old, ScannedPartition scanned) {
      if (old == null) {
        addedPartitions.add(new Partition(ids.nextPartition(), sourceId, dbId, dbName, tableId,
            tableName, scanned.spec(), scanned.lastDdlTime(), scanned.numRows(), scanned.size(),
            MigrationStatus.INIT, false, now, now, false));
        return;
      }
      boolean changed = !scanned.numRows().equals(old.numRows())
          || !scanned.size().equals(old.size())
          || !scanned.lastDdlTime().equals(old.lastDdlTime());
      var candidate = new Partition(old.id(), sourceId, dbId, dbName, tableId, tableName,
          old.value(), scanned.lastDdlTime(), scanned.numRows(), scanned.size(), old.status(),
          old.updated() || changed, old.createTime(), old.updateTime(), false);
      if (candidate.updated() && !old.updated()) {
        markedUpdated++;
      }
      if (!candidate.equals(old)) {
        changedPartitions.add(touched(candidate, false));
      }
    }

    private Table markTableDeleted(Table old) {
      partitionsOf(old.id()).values().forEach(this::markPartitionDeleted);
      if (old.deleted()) {
        return old;
      }
      markedDeleted++;
      var table = touched(old, true);
      changedTables.add(table);
      return table;
    }

    private void markPartitionDeleted(Partition old) {
      if (!old.deleted()) {
        markedDeleted++;
        changedPartitions.add(touched(old, true));
      }
    }

    private boolean dbInScope(DatabaseName name) {
      return scope.database().map(name::equals).orElse(true);
    }

    private boolean tableInScope(TableName name) {
      return scope.tables().isEmpty() || scope.tables().contains(name);
    }

    private Map<TableName, Table> tablesOf(DatabaseId dbId) {
      return tablesByDb.getOrDefault(dbId, Map.of());
    }

    private Map<PartitionSpec, Partition> partitionsOf(TableId tableId) {
      return partitionsByTable.getOrDefault(tableId, Map.of());
    }

    private static Database copy(
        Database d, long rows, long size, boolean updated, boolean deleted, Instant at) {
      return new Database(d.id(), d.sourceId(), d.name(), d.description(), d.owner(),
          d.location(), d.extra(), d.lastDdlTime(), rows, size, d.status(), updated,
          d.dstProjectName(), d.dstName(), d.createTime(), at, deleted);
    }

    private Table touched(Table t, boolean deleted) {
      return new Table(t.id(), t.sourceId(), t.dbId(), t.dbName(), t.name(), t.type(), t.schema(),
          t.owner(), t.location(), t.inputFormat(), t.outputFormat(), t.serde(), t.extra(),
          t.lastDdlTime(), t.numRows(), t.size(), t.status(), t.updated(), t.dstProjectName(),
          t.dstSchemaName(), t.dstName(), t.createTime(), now, deleted);
    }

    private Partition touched(Partition p, boolean deleted) {
      return new Partition(p.id(), p.sourceId(), p.dbId(), p.dbName(), p.tableId(),
          p.tableName(), p.value(), p.lastDdlTime(), p.numRows(), p.size(), p.status(),
          p.updated(), p.createTime(), now, deleted);
    }
  }
}
