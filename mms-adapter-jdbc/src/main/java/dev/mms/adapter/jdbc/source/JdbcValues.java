package dev.mms.adapter.jdbc.source;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * Values read from a column as database-neutral Java objects (Long, BigDecimal, Double, Boolean,
 * String, byte[], java.time types), and the text form of a partition value: what a partition
 * spec holds, and how it is turned back into a value to bind. SQL NULL is written as Hive's
 * default-partition name.
 */
public final class JdbcValues {
  /** How a NULL partition value appears in a partition spec, as Hive names it. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral(' ')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter();
  private static final DateTimeFormatter TIMESTAMP_READ = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter();

  private JdbcValues() {}

  /** The value of column {@code index} of the current row, or empty for SQL NULL. */
  public static Optional<Object> read(ResultSet rs, int index, JdbcColumn column)
      throws SQLException {
    Object value;
    if (column.isBoolean()) {
      value = rs.getBoolean(index);
    } else if (column.isTimestampWithZone()) {
      value = rs.getObject(index, OffsetDateTime.class);
    } else {
      value = switch (column.jdbcType()) {
        case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rs.getLong(index);
        case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(index);
        case Types.REAL, Types.FLOAT, Types.DOUBLE -> rs.getDouble(index);
        case Types.DATE -> rs.getObject(index, LocalDate.class);
        case Types.TIME -> rs.getObject(index, LocalTime.class);
        case Types.TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(index);
        default -> rs.getString(index);
      };
    }
    return rs.wasNull() ? Optional.empty() : Optional.ofNullable(value);
  }

  /** The text a partition spec holds for {@code value}. */
  public static String partitionText(Optional<Object> value) {
    return value.map(v -> {
      if (v instanceof BigDecimal d) {
        return d.toPlainString();
      }
      if (v instanceof LocalDateTime t) {
        return TIMESTAMP.format(t);
      }
      if (v instanceof byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
      }
      return v.toString();
    }).orElse(NULL_PARTITION);
  }

  /**
   * The value to bind for partition text of {@code column}, or empty for SQL NULL; a text the
   * column's type cannot hold is an {@link IllegalArgumentException} naming both.
   */
  public static Optional<Object> fromPartitionText(String text, JdbcColumn column) {
    if (text.equals(NULL_PARTITION)) {
      return Optional.empty();
    }
    try {
      if (column.isBoolean()) {
        return Optional.of(parseBoolean(text));
      }
      if (column.isTimestampWithZone()) {
        return Optional.of(OffsetDateTime.parse(text));
      }
      return Optional.of(switch (column.jdbcType()) {
        case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Long.parseLong(text);
        case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(text);
        case Types.REAL, Types.FLOAT, Types.DOUBLE -> Double.parseDouble(text);
        case Types.DATE -> LocalDate.parse(text);
        case Types.TIME -> LocalTime.parse(text);
        case Types.TIMESTAMP -> LocalDateTime.parse(text, TIMESTAMP_READ);
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
            java.util.HexFormat.of().parseHex(text);
        default -> text;
      });
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("partition value '" + text + "' is not a "
          + column.displayType() + " (column " + column.name() + ")", e);
    }
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "t", "1" -> true;
      case "false", "f", "0" -> false;
      default -> throw new IllegalArgumentException("not a boolean: " + text);
    };
  }
}
