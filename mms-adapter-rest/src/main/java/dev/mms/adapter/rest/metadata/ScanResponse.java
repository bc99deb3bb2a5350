package dev.mms.adapter.rest.metadata;

import java.time.Instant;

/**
 * A metadata scan (GetMmsFetchMetadataJob): status {@code SCAN_DOING}, {@code SCAN_DONE} or {@code
 * SCAN_FAILED}; {@code progress} a float on the 0..10000 scale; {@code result} a JSON text.
 */
record ScanResponse(
    long id,
    long sourceId,
    String status,
    float progress,
    String result,
    String errorMsg,
    Instant startTime,
    Instant endTime) {}
