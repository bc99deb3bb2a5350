package dev.mms.adapter.jdbc.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Writes rows with a batched parameterized INSERT (H2, MySQL/MariaDB destinations). NULLs are
 * bound with the destination column's JDBC type.
 */
final class InsertRowWriter implements RowWriter {
  private final PreparedStatement statement;
  private final int[] nullTypes;
  private int pending;

  InsertRowWriter(Connection destination, String insertSql, int[] nullTypes) throws SQLException {
    this.statement = destination.prepareStatement(insertSql);
    this.nullTypes = nullTypes.clone();
  }

  @Override
  public void add(List<Optional<Object>> row) throws SQLException {
    for (int i = 0; i < row.size(); i++) {
      var value = row.get(i);
      if (value.isPresent()) {
        statement.setObject(i + 1, value.get());
      } else {
        statement.setNull(i + 1, nullTypes[i]);
      }
    }
    statement.addBatch();
    pending++;
  }

  @Override
  public void flush() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void finish() throws SQLException {
    flush();
  }

  @Override
  public void close() throws SQLException {
    statement.close();
  }
}
