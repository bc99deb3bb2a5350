package dev.mms.adapter.rest.catalog;

/** The body of UpdateMmsTable. */
record UpdateTableRequest(
    String dstProjectName, String dstSchemaName, String dstName, String status) {}
