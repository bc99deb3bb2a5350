package dev.mms.adapter.rest.wire;

/** A sort order as the MMS query writes it: {@code asc} or {@code desc}, in any case. */
public enum SortDirection {
  ASC,
  DESC
}
