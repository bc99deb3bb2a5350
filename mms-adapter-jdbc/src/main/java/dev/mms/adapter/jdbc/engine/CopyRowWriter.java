package dev.mms.adapter.jdbc.engine;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows to a PostgreSQL destination with {@code COPY … FROM STDIN} in CSV: every value is
 * quoted (so an empty string stays a string) and NULL is an empty unquoted field; PostgreSQL's
 * type input functions parse the text, bytes are sent in bytea's hex form.
 */
final class CopyRowWriter implements RowWriter {
  private final CopyIn copy;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
  private final StringBuilder line = new StringBuilder(256);

  CopyRowWriter(Connection destination, String copySql) throws SQLException {
    this.copy = destination.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
  }

  @Override
  public void add(List<Optional<Object>> row) {
    line.setLength(0);
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      row.get(i).ifPresent(v -> line.append('"').append(text(v).replace("\"", "\"\"")).append('"'));
    }
    line.append('\n');
    var bytes = line.toString().getBytes(StandardCharsets.UTF_8);
    buffer.write(bytes, 0, bytes.length);
  }

  @Override
  public void flush() throws SQLException {
    if (buffer.size() > 0) {
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      buffer.reset();
    }
  }

  @Override
  public void finish() throws SQLException {
    flush();
    copy.endCopy();
  }

  @Override
  public void close() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return "\\x" + HexFormat.of().formatHex(bytes);
    }
    return value.toString();
  }
}
