package dev.mms.adapter.rest.timer;

/**
 * A timer as GetMmsTimer shows it (wire reference §7.8): {@code createTime} is epoch milliseconds
 * as a string and {@code updateTime} ISO 8601 in UTC, as MMS writes them; {@code type} is the scope
 * of the jobs it creates (DATABASE, TABLES or PARTITIONS).
 */
record TimerResponse(
    long id,
    String name,
    long sourceId,
    long dbId,
    String srcDbName,
    String type,
    String scheduleType,
    String value,
    boolean stopped,
    String createTime,
    String updateTime,
    TimerConfigResponse config) {}
