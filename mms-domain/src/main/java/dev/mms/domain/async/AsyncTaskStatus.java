package dev.mms.domain.async;

/** Progress of an async task. */
public enum AsyncTaskStatus {
  DOING,
  DONE,
  FAILED;

  /** The status of a scan as GetMmsFetchMetadataJob names it. */
  public String scanStatus() {
    return "SCAN_" + name();
  }
}
