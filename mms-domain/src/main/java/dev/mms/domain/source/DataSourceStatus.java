package dev.mms.domain.source;

/** Lifecycle of the data-source instance (agent), with the MMS wire names. */
public enum DataSourceStatus {
  STARTING,
  STARTED,
  STOPPED,
  START_FAILED,
  STOPPING,
  STOP_FAILED;

  /** A source accepts scans and jobs only while started. */
  public boolean online() {
    return this == STARTED;
  }
}
