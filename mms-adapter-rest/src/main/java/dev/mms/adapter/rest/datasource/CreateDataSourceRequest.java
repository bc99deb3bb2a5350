package dev.mms.adapter.rest.datasource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The body of CreateMmsDataSource. */
record CreateDataSourceRequest(
    String name, String type, Map<String, JsonNode> config, String networklink) {}
