package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.json.JsonCodec;
import dev.mms.adapter.jdbc.sql.Times;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.SourceId;
import java.util.Optional;
import java.util.OptionalLong;

/** Databases, tables and partitions ↔ rows. */
final class CatalogJdbcMapper {
  private CatalogJdbcMapper() {}

  static DatabaseRow toRow(Database d) {
    return new DatabaseRow(d.id().value(), d.sourceId().value(), d.name().value(),
        d.description().orElse(null), d.owner().orElse(null), d.location().orElse(null),
        d.extra().orElse(null), Times.nanos(d.lastDdlTime()), d.numRows(), d.size(),
        d.status().name(), d.updated(), d.dstProjectName().orElse(null), d.dstName().orElse(null),
        Times.nanos(d.createTime()), Times.nanos(d.updateTime()), d.deleted());
  }

  static Database toDomain(DatabaseRow r) {
    return new Database(new DatabaseId(r.id()), new SourceId(r.sourceId()),
        new DatabaseName(r.name()), Optional.ofNullable(r.description()),
        Optional.ofNullable(r.ownerName()), Optional.ofNullable(r.location()),
        Optional.ofNullable(r.extra()), Times.instant(r.lastDdlTime()), r.numRows(), r.sizeBytes(),
        MigrationStatus.valueOf(r.status()), r.updated(), Optional.ofNullable(r.dstProjectName()),
        Optional.ofNullable(r.dstName()), Times.instant(r.createTime()),
        Times.instant(r.updateTime()), r.deleted());
  }

  static TableRow toRow(Table t) {
    return new TableRow(t.id().value(), t.sourceId().value(), t.dbId().value(), t.dbName().value(),
        t.name().value(), t.type(), JsonCodec.tableSchema(t.schema()), t.partitioned(),
        t.owner().orElse(null), t.location().orElse(null), t.inputFormat().orElse(null),
        t.outputFormat().orElse(null), t.serde().orElse(null), t.extra().orElse(null),
        Times.nanos(t.lastDdlTime()), t.numRows(), t.size(), t.status().name(), t.updated(),
        t.dstProjectName().orElse(null), t.dstSchemaName().orElse(null), t.dstName().orElse(null),
        t.effectiveDstName(), Times.nanos(t.createTime()), Times.nanos(t.updateTime()), t.deleted());
  }

  static Table toDomain(TableRow r) {
    return new Table(new TableId(r.id()), new SourceId(r.sourceId()), new DatabaseId(r.dbId()),
        new DatabaseName(r.dbName()), new TableName(r.name()), r.type(),
        JsonCodec.tableSchema(r.tableSchema()), Optional.ofNullable(r.ownerName()),
        Optional.ofNullable(r.location()), Optional.ofNullable(r.inputFormat()),
        Optional.ofNullable(r.outputFormat()), Optional.ofNullable(r.serde()),
        Optional.ofNullable(r.extra()), Times.instant(r.lastDdlTime()), r.numRows(), r.sizeBytes(),
        MigrationStatus.valueOf(r.status()), r.updated(), Optional.ofNullable(r.dstProjectName()),
        Optional.ofNullable(r.dstSchemaName()), Optional.ofNullable(r.dstName()),
        Times.instant(r.createTime()), Times.instant(r.updateTime()), r.deleted());
  }

  static PartitionRow toRow(Partition p) {
    return new PartitionRow(p.id().value(), p.sourceId().value(), p.dbId().value(),
        p.dbName().value(), p.tableId().value(), p.tableName().value(), p.value().render(),
        PartitionSpecs.hash(p.value()), Times.nanos(p.lastDdlTime()), boxed(p.numRows()),
        boxed(p.size()), p.status().name(), p.updated(), Times.nanos(p.createTime()),
        Times.nanos(p.updateTime()), p.deleted());
  }

  static Partition toDomain(PartitionRow r) {
    return new Partition(new PartitionId(r.id()), new SourceId(r.sourceId()),
        new DatabaseId(r.dbId()), new DatabaseName(r.dbName()), new TableId(r.tableId()),
        new TableName(r.tableName()),
        PartitionSpec.parse(r.spec()).getOrElseThrow(e -> new IllegalStateException(
            "stored partition " + r.id() + " has an unreadable spec: " + e.message())),
        Times.instant(r.lastDdlTime()), optional(r.numRows()), optional(r.sizeBytes()),
        MigrationStatus.valueOf(r.status()), r.updated(), Times.instant(r.createTime()),
        Times.instant(r.updateTime()), r.deleted());
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  private static OptionalLong optional(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
