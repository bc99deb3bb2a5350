package dev.mms.adapter.rest.datasource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The body of UpdateMmsDataSource: {@code action} UPDATE_CONFIG, START, STOP or RENAME. */
record UpdateDataSourceRequest(
    String action, String name, Map<String, JsonNode> config, Boolean test) {}
