package dev.mms.application.port.query;

/** Sort direction, {@code asc}/{@code desc} on the wire. */
public enum Direction {
  ASC,
  DESC
}
