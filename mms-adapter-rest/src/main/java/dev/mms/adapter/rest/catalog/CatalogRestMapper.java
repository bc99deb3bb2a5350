package dev.mms.adapter.rest.catalog;

import dev.mms.adapter.rest.wire.WireValues;
import dev.mms.application.port.in.catalog.DatabaseView;
import dev.mms.application.port.in.catalog.PartitionView;
import dev.mms.application.port.in.catalog.TableView;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableSchema;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Domain → DTO for databases, tables and partitions. */
@Mapper
interface CatalogRestMapper extends WireValues {

  @Mapping(target = "id", source = "database.id")
  @Mapping(target = "name", source = "database.name")
  @Mapping(target = "description", source = "database.description")
  @Mapping(target = "owner", source = "database.owner")
  @Mapping(target = "location", source = "database.location")
  @Mapping(target = "extra", source = "database.extra")
  @Mapping(target = "lastDdlTime", source = "database.lastDdlTime")
  @Mapping(target = "numRows", source = "database.numRows")
  @Mapping(target = "size", source = "database.size")
  @Mapping(target = "sourceId", source = "database.sourceId")
  @Mapping(target = "status", source = "database.status")
  @Mapping(target = "updated", source = "database.updated")
  @Mapping(target = "dstProjectName", source = "database.dstProjectName")
  @Mapping(target = "dstName", source = "database.dstName")
  @Mapping(target = "tables", source = "tables.total")
  @Mapping(target = "tablesDoing", source = "tables.doing")
  @Mapping(target = "tablesDone", source = "tables.done")
  @Mapping(target = "tablesFailed", source = "tables.failed")
  @Mapping(target = "tablesPartDone", source = "tables.partDone")
  @Mapping(target = "partitions", source = "partitions.total")
  @Mapping(target = "partitionsDoing", source = "partitions.doing")
  @Mapping(target = "partitionsDone", source = "partitions.done")
  @Mapping(target = "partitionsFailed", source = "partitions.failed")
  @Mapping(target = "createTime", ignore = true)
  @Mapping(target = "updateTime", ignore = true)
  @Mapping(target = "deleted", ignore = true)
  DatabaseResponse toResponse(DatabaseView view);

  @Mapping(target = "id", source = "database.id")
  @Mapping(target = "name", source = "database.name")
  @Mapping(target = "description", source = "database.description")
  @Mapping(target = "owner", source = "database.owner")
  @Mapping(target = "location", source = "database.location")
  @Mapping(target = "extra", source = "database.extra")
  @Mapping(target = "lastDdlTime", source = "database.lastDdlTime")
  @Mapping(target = "numRows", source = "database.numRows")
  @Mapping(target = "size", source = "database.size")
  @Mapping(target = "sourceId", source = "database.sourceId")
  @Mapping(target = "status", source = "database.status")
  @Mapping(target = "updated", source = "database.updated")
  @Mapping(target = "dstProjectName", source = "database.dstProjectName")
  @Mapping(target = "dstName", source = "database.dstName")
  @Mapping(target = "tables", source = "tables.total")
  @Mapping(target = "tablesDoing", source = "tables.doing")
  @Mapping(target = "tablesDone", source = "tables.done")
  @Mapping(target = "tablesFailed", source = "tables.failed")
  @Mapping(target = "tablesPartDone", source = "tables.partDone")
  @Mapping(target = "partitions", source = "partitions.total")
  @Mapping(target = "partitionsDoing", source = "partitions.doing")
  @Mapping(target = "partitionsDone", source = "partitions.done")
  @Mapping(target = "partitionsFailed", source = "partitions.failed")
  @Mapping(target = "createTime", source = "database.createTime")
  @Mapping(target = "updateTime", source = "database.updateTime")
  @Mapping(target = "deleted", source = "database.deleted")
  DatabaseResponse toListItem(DatabaseView view);

  @Mapping(target = "id", source = "table.id")
  @Mapping(target = "dbId", source = "table.dbId")
  @Mapping(target = "dbName", source = "table.dbName")
  @Mapping(target = "name", source = "table.name")
  @Mapping(target = "type", source = "table.type")
  @Mapping(target = "hasPartitions", source = "table", qualifiedByName = "hasPartitions")
  @Mapping(target = "schema", source = "table", qualifiedByName = "schema")
  @Mapping(target = "owner", source = "table.owner")
  @Mapping(target = "location", source = "table.location")
  @Mapping(target = "inputFormat", source = "table.inputFormat")
  @Mapping(target = "outputFormat", source = "table.outputFormat")
  @Mapping(target = "serde", source = "table.serde")
  @Mapping(target = "extra", source = "table.extra")
  @Mapping(target = "lastDdlTime", source = "table.lastDdlTime")
  @Mapping(target = "numRows", source = "table.numRows")
  @Mapping(target = "size", source = "table.size")
  @Mapping(target = "sourceId", source = "table.sourceId")
  @Mapping(target = "status", source = "table.status")
  @Mapping(target = "updated", source = "table.updated")
  @Mapping(target = "dstProjectName", source = "table.dstProjectName")
  @Mapping(target = "dstSchemaName", source = "table.dstSchemaName")
  @Mapping(target = "dstName", source = "table", qualifiedByName = "dstName")
  @Mapping(target = "partitions", source = "partitions.total")
  @Mapping(target = "partitionsDoing", source = "partitions.doing")
  @Mapping(target = "partitionsDone", source = "partitions.done")
  @Mapping(target = "partitionsFailed", source = "partitions.failed")
  TableResponse toResponse(TableView view);

  @Mapping(target = "id", source = "table.id")
  @Mapping(target = "dbId", source = "table.dbId")
  @Mapping(target = "dbName", source = "table.dbName")
  @Mapping(target = "name", source = "table.name")
  TableNameResponse toNameOnly(TableView view);

  @Mapping(target = "id", source = "partition.id")
  @Mapping(target = "dbId", source = "partition.dbId")
  @Mapping(target = "dbName", source = "partition.dbName")
  @Mapping(target = "tableId", source = "partition.tableId")
  @Mapping(target = "tableName", source = "partition.tableName")
  @Mapping(target = "value", source = "partition.value")
  @Mapping(target = "sourceId", source = "partition.sourceId")
  @Mapping(target = "status", source = "partition.status")
  @Mapping(target = "lastDdlTime", source = "partition.lastDdlTime")
  @Mapping(target = "numRows", source = "partition.numRows")
  @Mapping(target = "size", source = "partition.size")
  @Mapping(target = "updated", source = "partition.updated")
  PartitionResponse toResponse(PartitionView view);

  @Mapping(target = "name", source = "name")
  @Mapping(target = "comment", source = "schema.comment")
  @Mapping(target = "columns", source = "schema.columns")
  @Mapping(target = "partitions", source = "schema.partitionColumns")
  TableSchemaResponse toSchema(TableSchema schema, String name);

  ColumnResponse toColumn(Column column);

  /** The schema carries the table's name, as MMS shows it. */
  @Named("schema")
  default TableSchemaResponse schema(Table table) {
    return toSchema(table.schema(), table.name().value());
  }

  @Named("hasPartitions")
  default boolean hasPartitions(Table table) {
    return table.partitioned();
  }

  @Named("dstName")
  default String dstName(Table table) {
    return table.effectiveDstName();
  }

  default String map(PartitionSpec spec) {
    return spec.render();
  }
}
