package dev.mms.adapter.jdbc.sql;

import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Binds a row's values, one after the other, to the named parameters of its columns in the order
 * {@link RowCodec} lists them. The values are typed, so that a null binds as a null of its
 * column's type.
 */
public final class ColumnBinder {
  private final SqlStatement<?> statement;
  private final String[] parameters;
  private int index;

  ColumnBinder(SqlStatement<?> statement, String[] parameters) {
    this.statement = statement;
    this.parameters = parameters;
  }

  public ColumnBinder add(long value) {
    statement.bind(next(), value);
    return this;
  }

  public ColumnBinder add(Long value) {
    statement.bind(next(), value);
    return this;
  }

  public ColumnBinder add(int value) {
    statement.bind(next(), value);
    return this;
  }

  public ColumnBinder add(boolean value) {
    statement.bind(next(), value);
    return this;
  }

  public ColumnBinder add(String value) {
    statement.bind(next(), value);
    return this;
  }

  private String next() {
    if (index == parameters.length) {
      throw new IllegalStateException("more values than the " + parameters.length + " columns");
    }
    return parameters[index++];
  }

  /** How many values were bound so far. */
  int bound() {
    return index;
  }
}
