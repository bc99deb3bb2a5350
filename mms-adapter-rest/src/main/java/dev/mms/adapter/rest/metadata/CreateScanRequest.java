package dev.mms.adapter.rest.metadata;

import java.util.List;

/** The optional body of CreateMmsFetchMetadataJob: one database, and some of its tables. */
record CreateScanRequest(String dbName, List<String> tableNames) {}
