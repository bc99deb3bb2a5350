package dev.mms.adapter.rest.datasource;

import java.time.Instant;
import java.util.List;

/**
 * A data source (wire reference §7.1). {@code scanStatus} and {@code scanErrMsg} appear in lists
 * only; {@code config} in GetMmsDataSource only.
 */
record DataSourceResponse(
    long id,
    String name,
    String type,
    String region,
    String networklink,
    String status,
    String errMsg,
    boolean agentIsOnline,
    String dstProject,
    List<String> dstProjects,
    Instant createTime,
    Instant lastUpdateTime,
    Long scanId,
    String scanStatus,
    String scanErrMsg,
    int dbNum,
    int tableNum,
    int partitionNum,
    int tablesDoingNum,
    int tablesDoneNum,
    int tablesFailedNum,
    int tablesPartDoneNum,
    int partitionsDoingNum,
    int partitionsDoneNum,
    int partitionsFailedNum,
    List<ConfigItemResponse> config) {}
