package dev.mms.adapter.rest.metadata;

/** The {@code data} of CreateMmsFetchMetadataJob. */
record ScanIdResponse(long scanId) {}
