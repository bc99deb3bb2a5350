package dev.mms.adapter.rest.catalog;

/** The body of UpdateMmsDb: destination project and schema ({@code dstName}), or a status reset. */
record UpdateDatabaseRequest(String dstProjectName, String dstName, String status) {}
