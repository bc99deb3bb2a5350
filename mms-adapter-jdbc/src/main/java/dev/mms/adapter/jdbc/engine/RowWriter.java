package dev.mms.adapter.jdbc.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Where the data phase puts rows at the destination. Rows are buffered by {@link #add} and sent
 * by {@link #flush}, so at most one batch is held in memory.
 */
interface RowWriter extends AutoCloseable {
  /** Buffers one row, its values in the order of the plan's columns (empty for NULL). */
  void add(List<Optional<Object>> row) throws SQLException;

  /** Sends the buffered rows. */
  void flush() throws SQLException;

  /** Sends what is left and ends the write; safe to close afterwards. */
  void finish() throws SQLException;

  /** Releases the writer; an unfinished write is abandoned (the caller rolls back). */
  @Override
  void close() throws SQLException;
}
