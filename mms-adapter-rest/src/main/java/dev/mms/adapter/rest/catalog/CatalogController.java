package dev.mms.adapter.rest.catalog;

import static java.util.Objects.requireNonNullElse;

import dev.mms.adapter.rest.route.ApiRequest;
import dev.mms.adapter.rest.route.Endpoint;
import dev.mms.adapter.rest.route.Operation;
import dev.mms.adapter.rest.wire.JsonBody;
import dev.mms.adapter.rest.wire.PageResponse;
import dev.mms.adapter.rest.wire.WireTime;
import dev.mms.application.port.in.catalog.GetDatabaseUseCase;
import dev.mms.application.port.in.catalog.GetDatabaseUseCase.GetDatabaseQuery;
import dev.mms.application.port.in.catalog.GetPartitionUseCase;
import dev.mms.application.port.in.catalog.GetPartitionUseCase.GetPartitionQuery;
import dev.mms.application.port.in.catalog.GetTableUseCase;
import dev.mms.application.port.in.catalog.GetTableUseCase.GetTableQuery;
import dev.mms.application.port.in.catalog.ListDatabasesUseCase;
import dev.mms.application.port.in.catalog.ListDatabasesUseCase.ListDatabasesQuery;
import dev.mms.application.port.in.catalog.ListPartitionsUseCase;
import dev.mms.application.port.in.catalog.ListPartitionsUseCase.ListPartitionsQuery;
import dev.mms.application.port.in.catalog.ListTablesUseCase;
import dev.mms.application.port.in.catalog.ListTablesUseCase.ListTablesQuery;
import dev.mms.application.port.in.catalog.UpdateDatabaseUseCase;
import dev.mms.application.port.in.catalog.UpdateDatabaseUseCase.UpdateDatabaseCommand;
import dev.mms.application.port.in.catalog.UpdateTableUseCase;
import dev.mms.application.port.in.catalog.UpdateTableUseCase.UpdateTableCommand;
import dev.mms.application.port.in.catalog.UpdateTablesUseCase;
import dev.mms.application.port.in.catalog.UpdateTablesUseCase.UpdateTablesCommand;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/** The operations on the scanned catalog: databases, tables and partitions. */
public final class CatalogController {
  private static final CatalogRestMapper MAPPER = Mappers.getMapper(CatalogRestMapper.class);

  private final ListDatabasesUseCase listDatabases;
  private final GetDatabaseUseCase getDatabase;
  private final UpdateDatabaseUseCase updateDatabase;
  private final ListTablesUseCase listTables;
  private final GetTableUseCase getTable;
  private final UpdateTableUseCase updateTable;
  private final UpdateTablesUseCase updateTables;
  private final ListPartitionsUseCase listPartitions;
  private final GetPartitionUseCase getPartition;
  private final JsonBody body;
  private final WireTime time;

  public CatalogController(
      ListDatabasesUseCase listDatabases,
      GetDatabaseUseCase getDatabase,
      UpdateDatabaseUseCase updateDatabase,
      ListTablesUseCase listTables,
      GetTableUseCase getTable,
      UpdateTableUseCase updateTable,
      UpdateTablesUseCase updateTables,
      ListPartitionsUseCase listPartitions,
      GetPartitionUseCase getPartition,
      JsonBody body,
      WireTime time) {
    this.listDatabases = listDatabases;
    this.getDatabase = getDatabase;
    this.updateDatabase = updateDatabase;
    this.listTables = listTables;
    this.getTable = getTable;
    this.updateTable = updateTable;
    this.updateTables = updateTables;
    this.listPartitions = listPartitions;
    this.getPartition = getPartition;
    this.body = body;
    this.time = time;
  }

  public Map<Operation, Endpoint> endpoints() {
    return Map.of(
        Operation.LIST_MMS_DBS, this::listDatabases,
        Operation.GET_MMS_DB, this::getDatabase,
        Operation.UPDATE_MMS_DB, this::updateDatabase,
        Operation.LIST_MMS_TABLES, this::listTables,
        Operation.GET_MMS_TABLE, this::getTable,
        Operation.UPDATE_MMS_TABLE, this::updateTable,
        Operation.UPDATE_MMS_TABLES, this::updateTables,
        Operation.LIST_MMS_PARTITIONS, this::listPartitions,
        Operation.GET_MMS_PARTITION, this::getPartition);
  }

  private Either<DomainError, PageResponse<DatabaseResponse>> listDatabases(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new ListDatabasesQuery(
                    request.id("sourceId"), q.text("name"), q.text("status"), q.sorter(), q.page()))
        .flatMap(listDatabases::listDatabases)
        .map(page -> PageResponse.of(page, MAPPER::toListItem));
  }

  private Either<DomainError, DatabaseResponse> getDatabase(ApiRequest request) {
    return getDatabase
        .getDatabase(new GetDatabaseQuery(request.id("sourceId"), request.id("dbId")))
        .map(MAPPER::toResponse);
  }

  private Either<DomainError, Long> updateDatabase(ApiRequest request) {
    return body.read(request.body(), UpdateDatabaseRequest.class)
        .map(
            dto ->
                new UpdateDatabaseCommand(
                    request.id("sourceId"),
                    request.id("dbId"),
                    Optional.ofNullable(dto.dstProjectName()),
                    Optional.ofNullable(dto.dstName()),
                    Optional.ofNullable(dto.status())))
        .flatMap(updateDatabase::updateDatabase)
        .map(DatabaseId::value);
  }

  /** {@code onlyName=true} returns each table's id, database and name, nothing else. */
  private Either<DomainError, PageResponse<?>> listTables(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new TableListing(
                    new ListTablesQuery(
                        request.id("sourceId"),
                        q.int64("dbId"),
                        q.text("dbName"),
                        q.text("name"),
                        q.text("type"),
                        q.bool("hasPartitions"),
                        q.text("dstProjectName"),
                        q.text("dstSchemaName"),
                        q.text("dstName"),
                        q.list("status"),
                        q.time("lastDdlTimeStart", time),
                        q.time("lastDdlTimeEnd", time),
                        q.sorter(),
                        q.page()),
                    q.bool("onlyName").orElse(false)))
        .flatMap(listing -> listTables.listTables(listing.query())
            .map(page -> listing.onlyName()
                ? PageResponse.of(page, MAPPER::toNameOnly)
                : PageResponse.of(page, MAPPER::toResponse)));
  }

  private record TableListing(ListTablesQuery query, boolean onlyName) {}

  private Either<DomainError, TableResponse> getTable(ApiRequest request) {
    return getTable
        .getTable(new GetTableQuery(request.id("sourceId"), request.id("tableId")))
        .map(MAPPER::toResponse);
  }

  private Either<DomainError, Long> updateTable(ApiRequest request) {
    return body.read(request.body(), UpdateTableRequest.class)
        .map(
            dto ->
                new UpdateTableCommand(
                    request.id("sourceId"),
                    request.id("tableId"),
                    Optional.ofNullable(dto.dstProjectName()),
                    Optional.ofNullable(dto.dstSchemaName()),
                    Optional.ofNullable(dto.dstName()),
                    Optional.ofNullable(dto.status())))
        .flatMap(updateTable::updateTable)
        .map(TableId::value);
  }

  private Either<DomainError, Integer> updateTables(ApiRequest request) {
    return body.read(request.body(), UpdateTablesRequest.class)
        .map(
            dto ->
                new UpdateTablesCommand(
                    request.id("sourceId"),
                    requireNonNullElse(dto.dbName(), ""),
                    requireNonNullElse(dto.tableNames(), List.of()),
                    requireNonNullElse(dto.tables(), List.of()),
                    Optional.ofNullable(dto.dstProjectName()),
                    Optional.ofNullable(dto.dstSchemaName()),
                    Optional.ofNullable(dto.status())))
        .flatMap(updateTables::updateTables);
  }

  private Either<DomainError, PageResponse<PartitionResponse>> listPartitions(ApiRequest request) {
    return request
        .query()
        .read(
            q ->
                new ListPartitionsQuery(
                    request.id("sourceId"),
                    q.int64("dbId"),
                    q.text("dbName"),
                    q.int64("tableId"),
                    q.text("tableName"),
                    q.text("value"),
                    q.bool("updated"),
                    q.list("status"),
                    q.time("lastDdlTimeStart", time),
                    q.time("lastDdlTimeEnd", time),
                    q.sorter(),
                    q.page()))
        .flatMap(listPartitions::listPartitions)
        .map(page -> PageResponse.of(page, MAPPER::toResponse));
  }

  private Either<DomainError, PartitionResponse> getPartition(ApiRequest request) {
    return getPartition
        .getPartition(new GetPartitionQuery(request.id("sourceId"), request.id("partitionId")))
        .map(MAPPER::toResponse);
  }
}
