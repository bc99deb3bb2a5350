package dev.mms.adapter.rest.datasource;

/**
 * The {@code data} of UpdateMmsDataSource; {@code asyncTaskId} is the connection test, if asked
 * for.
 */
record UpdateDataSourceResponse(long sourceId, Long asyncTaskId) {}
