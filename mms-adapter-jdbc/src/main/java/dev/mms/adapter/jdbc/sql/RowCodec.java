package dev.mms.adapter.jdbc.sql;

import dev.mms.adapter.jdbc.sql.ColumnReader.Reader;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * How a row record is read from its columns and bound to their parameters, both by position in
 * the order of its column list, so that nothing is looked up by name per row or per result set.
 *
 * <p>The list, the record, the reader and the writer cannot drift apart unnoticed: the columns
 * must be the record's components in order, in snake case (checked when the row type is loaded),
 * and every read and every bind must cover all of them (checked each time).
 */
public final class RowCodec<R extends Record> implements RowMapper<R> {
  private final Class<R> type;
  private final String[] parameters;
  private final Reader<R> reader;
  private final Writer<R> writer;

  /** How one row is bound: its values in the order of its columns. */
  @FunctionalInterface
  public interface Writer<R> {
    void write(R row, ColumnBinder out);
  }

  private RowCodec(Class<R> type, String columns, Reader<R> reader, Writer<R> writer) {
    this.type = Objects.requireNonNull(type, "type");
    this.parameters = Arrays.stream(Sql.names(columns)).map(Sql::camel).toArray(String[]::new);
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
    var components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    if (!components.equals(List.of(parameters))) {
      throw new IllegalArgumentException(type.getSimpleName() + " has the components " + components
          + ", but its columns " + List.of(parameters));
    }
  }

  /** The codec of a row that is read and written, its {@code columns} listed as in SQL. */
  public static <R extends Record> RowCodec<R> of(
      Class<R> type, String columns, Reader<R> reader, Writer<R> writer) {
    return new RowCodec<>(type, columns, reader, writer);
  }

  /** The codec of a row that is only read, such as a projection. */
  public static <R extends Record> RowCodec<R> readOnly(Class<R> type, String columns, Reader<R> reader) {
    return new RowCodec<>(type, columns, reader, (row, out) -> {
      throw new IllegalStateException(type.getSimpleName() + " is only read");
    });
  }

  /** The codec of a row that is only written, such as a link between two others. */
  public static <R extends Record> RowCodec<R> writeOnly(Class<R> type, String columns, Writer<R> writer) {
    return new RowCodec<>(type, columns, in -> {
      throw new IllegalStateException(type.getSimpleName() + " is only written");
    }, writer);
  }

  /** Reads one row from where {@code in} stands; a query may select more columns after these. */
  public R read(ColumnReader in) throws SQLException {
    int start = in.read();
    var row = reader.read(in);
    int read = in.read() - start;
    if (read != parameters.length) {
      throw new IllegalStateException(
          type.getSimpleName() + " read " + read + " of its " + parameters.length + " columns");
    }
    return row;
  }

  @Override
  public R map(ResultSet rs, StatementContext ctx) throws SQLException {
    return read(ColumnReader.at(rs));
  }

  /** Binds the row's values to the parameters {@link Sql#insert} and {@link Sql#assignments} name. */
  public <S extends SqlStatement<S>> S bind(S statement, R row) {
    var out = new ColumnBinder(statement, parameters);
    writer.write(row, out);
    if (out.bound() != parameters.length) {
      throw new IllegalStateException(
          type.getSimpleName() + " bound " + out.bound() + " of its " + parameters.length + " columns");
    }
    return statement;
  }
}
