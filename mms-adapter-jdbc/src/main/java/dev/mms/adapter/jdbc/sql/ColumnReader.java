package dev.mms.adapter.jdbc.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The current row of a result set, read column after column: a mapper reads in the order of its
 * SELECT list and names no column. JDBI's reflective mappers matched every column by name for each
 * result set, which cost up to a fifth of a GetMmsJob request (issue #7).
 */
public final class ColumnReader {
  private final ResultSet rs;
  private int index;

  private ColumnReader(ResultSet rs) {
    this.rs = rs;
  }

  /** The current row of {@code rs}, from its first column. */
  static ColumnReader at(ResultSet rs) {
    return new ColumnReader(rs);
  }

  /** How one row is read. */
  @FunctionalInterface
  public interface Reader<R> {
    R read(ColumnReader in) throws SQLException;
  }

  /** A row mapper that gives {@code reader} each row from its first column on. */
  public static <R> RowMapper<R> mapper(Reader<R> reader) {
    return (rs, ctx) -> reader.read(at(rs));
  }

  public long nextLong() throws SQLException {
    return rs.getLong(++index);
  }

  public Long nextLongOrNull() throws SQLException {
    long value = rs.getLong(++index);
    return rs.wasNull() ? null : value;
  }

  public int nextInt() throws SQLException {
    return rs.getInt(++index);
  }

  public boolean nextBoolean() throws SQLException {
    return rs.getBoolean(++index);
  }

  public String nextString() throws SQLException {
    return rs.getString(++index);
  }

  /** How many columns were read so far. */
  int read() {
    return index;
  }
}
