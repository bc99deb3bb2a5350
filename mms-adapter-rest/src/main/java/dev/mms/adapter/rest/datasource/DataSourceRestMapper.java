package dev.mms.adapter.rest.datasource;

import dev.mms.adapter.rest.wire.WireValues;
import dev.mms.application.port.in.datasource.ConfigEntry;
import dev.mms.application.port.in.datasource.DataSourceView;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.source.ConfigItem;
import dev.mms.domain.source.ConfigItemType;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceStatus;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Domain → DTO for the data-source operations. */
@Mapper
interface DataSourceRestMapper extends WireValues {

  @Mapping(target = "id", source = "source.id")
  @Mapping(target = "name", source = "source.name")
  @Mapping(target = "type", source = "source.type")
  @Mapping(target = "region", source = "source.region")
  @Mapping(target = "networklink", source = "source.networklink")
  @Mapping(target = "status", source = "source.status")
  @Mapping(target = "errMsg", source = "source.errMsg")
  @Mapping(target = "agentIsOnline", source = "source.status", qualifiedByName = "online")
  @Mapping(target = "dstProject", source = "source", qualifiedByName = "dstProject")
  @Mapping(target = "dstProjects", source = "source", qualifiedByName = "dstProjects")
  @Mapping(target = "createTime", source = "source.createTime")
  @Mapping(target = "lastUpdateTime", source = "source.lastUpdateTime")
  @Mapping(target = "scanId", source = "source.scanId")
  @Mapping(target = "scanStatus", ignore = true)
  @Mapping(target = "scanErrMsg", ignore = true)
  @Mapping(target = "tableNum", source = "tables.total")
  @Mapping(target = "partitionNum", source = "partitions.total")
  @Mapping(target = "tablesDoingNum", source = "tables.doing")
  @Mapping(target = "tablesDoneNum", source = "tables.done")
  @Mapping(target = "tablesFailedNum", source = "tables.failed")
  @Mapping(target = "tablesPartDoneNum", source = "tables.partDone")
  @Mapping(target = "partitionsDoingNum", source = "partitions.doing")
  @Mapping(target = "partitionsDoneNum", source = "partitions.done")
  @Mapping(target = "partitionsFailedNum", source = "partitions.failed")
  DataSourceResponse toResponse(DataSourceView view);

  @Mapping(target = "id", source = "source.id")
  @Mapping(target = "name", source = "source.name")
  @Mapping(target = "type", source = "source.type")
  @Mapping(target = "region", source = "source.region")
  @Mapping(target = "networklink", source = "source.networklink")
  @Mapping(target = "status", source = "source.status")
  @Mapping(target = "errMsg", source = "source.errMsg")
  @Mapping(target = "agentIsOnline", source = "source.status", qualifiedByName = "online")
  @Mapping(target = "dstProject", source = "source", qualifiedByName = "dstProject")
  @Mapping(target = "dstProjects", source = "source", qualifiedByName = "dstProjects")
  @Mapping(target = "createTime", source = "source.createTime")
  @Mapping(target = "lastUpdateTime", source = "source.lastUpdateTime")
  @Mapping(target = "scanId", source = "source.scanId")
  @Mapping(target = "scanStatus", source = "lastScan", qualifiedByName = "scanStatus")
  @Mapping(target = "scanErrMsg", source = "lastScan", qualifiedByName = "scanErrMsg")
  @Mapping(target = "tableNum", source = "tables.total")
  @Mapping(target = "partitionNum", source = "partitions.total")
  @Mapping(target = "tablesDoingNum", source = "tables.doing")
  @Mapping(target = "tablesDoneNum", source = "tables.done")
  @Mapping(target = "tablesFailedNum", source = "tables.failed")
  @Mapping(target = "tablesPartDoneNum", source = "tables.partDone")
  @Mapping(target = "partitionsDoingNum", source = "partitions.doing")
  @Mapping(target = "partitionsDoneNum", source = "partitions.done")
  @Mapping(target = "partitionsFailedNum", source = "partitions.failed")
  @Mapping(target = "config", ignore = true)
  DataSourceResponse toListItem(DataSourceView view);

  @Mapping(target = "key", source = "item.key")
  @Mapping(target = "name", source = "item.name")
  @Mapping(target = "desc", source = "item.desc")
  @Mapping(target = "type", source = "item.type")
  @Mapping(target = "subType", source = "item.subType")
  @Mapping(target = "placeHolder", source = "item.placeHolder")
  @Mapping(target = "required", source = "item.required")
  @Mapping(target = "enums", source = "item.enums")
  @Mapping(target = "group", source = "item.group")
  @Mapping(target = "value", source = "value")
  ConfigItemResponse toResponse(ConfigEntry entry);

  @Mapping(target = "value", source = "defaultValue")
  ConfigItemResponse toResponse(ConfigItem item);

  List<ConfigItemResponse> toResponses(List<ConfigItem> items);

  default String map(ConfigItemType type) {
    return type.wireName();
  }

  @Named("online")
  default boolean online(DataSourceStatus status) {
    return status.online();
  }

  @Named("dstProject")
  default String dstProject(DataSource source) {
    return source.dstProject().orElse(null);
  }

  @Named("dstProjects")
  default List<String> dstProjects(DataSource source) {
    return source.dstProject().stream().toList();
  }

  @Named("scanStatus")
  default String scanStatus(Optional<AsyncTask> scan) {
    return scan.map(s -> s.status().scanStatus()).orElse(null);
  }

  @Named("scanErrMsg")
  default String scanErrMsg(Optional<AsyncTask> scan) {
    return scan.flatMap(AsyncTask::errorMsg).orElse(null);
  }
}
