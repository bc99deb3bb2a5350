package dev.mms.domain.plan;

import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Catalog builders for examples, and random catalogs with live tasks for properties. */
final class PlannerArbitraries {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final SourceId SOURCE = new SourceId(1);
  static final Database DB = new Database(new DatabaseId(1), SOURCE, new DatabaseName("sales"),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 0,
      MigrationStatus.INIT, false, Optional.empty(), Optional.empty(), T0, T0, false);
  static final List<String> FILTERS = List.of("n >= 5", "n in (1, 2, 3) or dt like '%1'", "n < 0",
      "dt >= '2024-01-15' and n <> 4");

  private static final TableSchema PARTITIONED = new TableSchema(List.of(Column.of("v", "string")),
      List.of(Column.of("dt", "string"), Column.of("n", "int")), Optional.empty());
  private static final TableSchema PLAIN =
      new TableSchema(List.of(Column.of("v", "string")), List.of(), Optional.empty());

  private PlannerArbitraries() {}

  static Table table(long id, String name, boolean partitioned) {
    return new Table(new TableId(id), SOURCE, DB.id(), DB.name(), new TableName(name), "MANAGED",
        partitioned ? PARTITIONED : PLAIN, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10, 100,
        MigrationStatus.INIT, false, Optional.empty(), Optional.empty(), Optional.empty(), T0, T0,
        false);
  }

  static Table withStatus(Table t, MigrationStatus status, boolean updated) {
    return t.withStatus(status, T0).withUpdated(updated, T0);
  }

  static Table deleted(Table t) {
    return new Table(t.id(), t.sourceId(), t.dbId(), t.dbName(), t.name(), t.type(), t.schema(),
        t.owner(), t.location(), t.inputFormat(), t.outputFormat(), t.serde(), t.extra(),
        t.lastDdlTime(), t.numRows(), t.size(), t.status(), t.updated(), t.dstProjectName(),
        t.dstSchemaName(), t.dstName(), t.createTime(), t.updateTime(), true);
  }

  static Partition partition(long id, Table table, String dt, String n, OptionalLong size,
      MigrationStatus status, boolean updated, boolean deleted) {
    return new Partition(new PartitionId(id), SOURCE, DB.id(), DB.name(), table.id(), table.name(),
        PartitionSpec.of("dt", dt, "n", n), Optional.empty(), size.isPresent()
            ? OptionalLong.of(size.getAsLong() * 10) : OptionalLong.empty(),
        size, status, updated, T0, T0, deleted);
  }

  static Partition partition(long id, Table table, String dt, long size) {
    return partition(id, table, dt, "1", OptionalLong.of(size), MigrationStatus.INIT, false, false);
  }

  static PlanRequest request(JobConfig config, List<Table> tables, List<Partition> partitions) {
    return new PlanRequest(config, DB, tables, partitions, Map.of(), Map.of(),
        GroupingLimits.DEFAULT);
  }

  static JobConfig config(boolean increment) {
    var d = JobConfig.defaults();
    return new JobConfig(d.tables(), d.partitions(), d.tableWhiteList(), d.tableBlackList(),
        d.partitionFilters(), d.tableMapping(), d.columnMapping(), increment, d.enableVerification(),
        d.enableSchemaMigration(), d.enableDataMigration(), d.schemaOnly(), d.taskType(),
        d.tunnelQuota(), d.others());
  }

  static JobConfig withFilters(JobConfig c, Map<TableName, String> filters) {
    return new JobConfig(c.tables(), c.partitions(), c.tableWhiteList(), c.tableBlackList(),
        filters, c.tableMapping(), c.columnMapping(), c.increment(), c.enableVerification(),
        c.enableSchemaMigration(), c.enableDataMigration(), c.schemaOnly(), c.taskType(),
        c.tunnelQuota(), c.others());
  }

  private record PartShape(Optional<Integer> size, MigrationStatus status, boolean updated,
      boolean deleted, Optional<Integer> liveTask, String n) {}

  private record TableShape(boolean partitioned, boolean deleted, MigrationStatus status,
      boolean updated, Optional<Integer> liveTask, List<PartShape> partitions,
      Optional<String> filter) {}

  /** Database-scope requests over random catalogs, with or without partition filters. */
  static Arbitrary<PlanRequest> requests(boolean withFilters) {
    var limits = Combinators.combine(Arbitraries.integers().between(1, 8),
        Arbitraries.longs().between(1, 100)).as(GroupingLimits::new);
    return Combinators.combine(tableShapes(withFilters).list().ofMinSize(1).ofMaxSize(6), limits,
        Arbitraries.of(true, false)).as(PlannerArbitraries::build);
  }

  private static Arbitrary<TableShape> tableShapes(boolean withFilters) {
    var statuses = Arbitraries.of(MigrationStatus.INIT, MigrationStatus.DOING,
        MigrationStatus.DONE, MigrationStatus.FAILED);
    var live = Arbitraries.integers().between(1, 5).optional(0.2);
    var part = Combinators.combine(Arbitraries.integers().between(0, 150).optional(0.9), statuses,
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 9).map(i -> i == 0),
        live, Arbitraries.of("1", "2", "3", "4", "5", "6", "x", "-1")).as(PartShape::new);
    var filter = withFilters ? Arbitraries.of(FILTERS).optional(0.7) : Arbitraries.just(Optional.<String>empty());
    return Combinators.combine(Arbitraries.integers().between(0, 4).map(i -> i > 0),
        Arbitraries.integers().between(0, 9).map(i -> i == 0), statuses,
        Arbitraries.of(true, false), live, part.list().ofMaxSize(30), filter)
        .as(TableShape::new);
  }

  private static PlanRequest build(List<TableShape> shapes, GroupingLimits limits, boolean increment) {
    var tables = new ArrayList<Table>();
    var partitions = new ArrayList<Partition>();
    var livePartitions = new HashMap<PartitionId, TaskId>();
    var liveTables = new HashMap<TableId, TaskId>();
    var filters = new HashMap<TableName, String>();
    long partitionId = 1;
    for (int t = 0; t < shapes.size(); t++) {
      var shape = shapes.get(t);
      var table = withStatus(table(t + 1, "t" + t, shape.partitioned()), shape.status(),
          shape.updated());
      tables.add(shape.deleted() ? deleted(table) : table);
      shape.liveTask().ifPresent(task -> liveTables.put(table.id(), new TaskId(task)));
      if (!shape.partitioned()) {
        continue;
      }
      if (!shape.deleted()) {
        shape.filter().ifPresent(f -> filters.put(table.name(), f));
      }
      for (int i = 0; i < shape.partitions().size(); i++) {
        var p = shape.partitions().get(i);
        var size = p.size().map(s -> OptionalLong.of(s)).orElse(OptionalLong.empty());
        var partition = partition(partitionId++, table, String.format("2024-01-%02d", i + 1), p.n(),
            size, p.status(), p.updated(), p.deleted());
        partitions.add(partition);
        p.liveTask().ifPresent(task -> livePartitions.put(partition.id(), new TaskId(task)));
      }
    }
    return new PlanRequest(withFilters(config(increment), filters), DB, tables, partitions,
        livePartitions, liveTables, limits);
  }
}
