package dev.mms.adapter.rest.catalog;

/** A column or partition column of a table's schema. */
record ColumnResponse(
    String name, String type, String comment, String defaultValue, boolean nullable) {}
