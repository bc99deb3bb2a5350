package dev.mms.adapter.rest.catalog;

import java.util.List;

/** A table's {@code schema}: its name and comment, data columns and partition columns. */
record TableSchemaResponse(
    String name, String comment, List<ColumnResponse> columns, List<ColumnResponse> partitions) {}
