package dev.mms.adapter.jdbc.source;

import java.sql.Types;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A column as JDBC metadata describes it: the {@link Types} code and the database's own type name,
 * with length or precision ({@code size}) and scale where the type has them.
 */
public record JdbcColumn(
    String name, int jdbcType, String typeName, int size, int scale, boolean nullable,
    Optional<String> comment, Optional<String> defaultValue) {

  /** Sizes above this mean "unbounded" (PostgreSQL text reports 2^31-1, H2 varchar 10^9). */
  public static final int UNBOUNDED = 1_000_000;

  public JdbcColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }

  /** The type as the catalog shows it: the database's name with length or precision. */
  public String displayType() {
    if (isDecimal() && hasPrecision()) {
      return typeName + "(" + size + "," + scale + ")";
    }
    if ((isText() || isBinary()) && bounded() && jdbcType != Types.LONGVARCHAR
        && jdbcType != Types.LONGVARBINARY) {
      return typeName + "(" + size + ")";
    }
    return typeName;
  }

  public boolean isDecimal() {
    return jdbcType == Types.DECIMAL || jdbcType == Types.NUMERIC;
  }

  /** A DECIMAL/NUMERIC with a usable precision (PostgreSQL reports 0 for bare numeric). */
  public boolean hasPrecision() {
    return size > 0 && size <= 1000;
  }

  public boolean isText() {
    return switch (jdbcType) {
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
          Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> true;
      default -> false;
    };
  }

  public boolean isBinary() {
    return switch (jdbcType) {
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> true;
      default -> false;
    };
  }

  /** BOOLEAN, and BIT(1), which is how PostgreSQL reports {@code bool} and MySQL its BIT(1). */
  public boolean isBoolean() {
    return jdbcType == Types.BOOLEAN || (jdbcType == Types.BIT && size <= 1);
  }

  /** A timestamp that carries an offset (PostgreSQL reports timestamptz as plain TIMESTAMP). */
  public boolean isTimestampWithZone() {
    var lower = typeName.toLowerCase(Locale.ROOT);
    return jdbcType == Types.TIMESTAMP_WITH_TIMEZONE
        || (jdbcType == Types.TIMESTAMP
            && (lower.equals("timestamptz") || lower.contains("with time zone")));
  }

  public boolean bounded() {
    return size > 0 && size <= UNBOUNDED;
  }
}
