package dev.mms.adapter.rest.catalog;

/** A table of ListMmsTables with {@code onlyName=true}: the SDK reads the other keys as null. */
record TableNameResponse(long id, long dbId, String dbName, String name) {}
