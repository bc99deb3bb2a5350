package dev.mms.adapter.rest.datasource;

/** The {@code data} of CreateMmsDataSource. */
record DataSourceIdResponse(long dataSourceId) {}
