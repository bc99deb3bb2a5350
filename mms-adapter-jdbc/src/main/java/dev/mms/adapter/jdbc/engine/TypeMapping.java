package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.source.JdbcColumn;
import dev.mms.adapter.jdbc.source.SqlDialect;
import java.sql.Types;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The destination column type for a source column, between H2, PostgreSQL and MySQL/MariaDB.
 * Types keep their family, length, precision and scale where the destination can hold them;
 * unsigned MySQL integers widen; a type with no counterpart becomes text, unless source and
 * destination speak the same dialect, where the source's own type name is kept.
 */
final class TypeMapping {
  /** MySQL keeps VARCHAR/VARBINARY below this many characters; longer ones become LONGTEXT/LONGBLOB (row size limit). */
  private static final int MYSQL_MAX_INLINE = 1000;
  private static final Pattern PLAIN_TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ ]{0,62}");

  private TypeMapping() {}

  static String columnDefinition(JdbcColumn c, SqlDialect from, SqlDialect to) {
    return type(c, from, to) + (c.nullable() ? "" : " NOT NULL");
  }

  static String type(JdbcColumn c, SqlDialect from, SqlDialect to) {
    if (c.isBoolean()) {
      return pick(to, "BOOLEAN", "boolean", "BOOLEAN");
    }
    if (c.isTimestampWithZone()) {
      int p = Math.min(c.scale(), 6);
      return pick(to, "TIMESTAMP(" + p + ") WITH TIME ZONE", "timestamptz(" + p + ")",
          "DATETIME(" + p + ")");
    }
    boolean unsigned = c.typeName().toUpperCase(Locale.ROOT).contains("UNSIGNED");
    return switch (c.jdbcType()) {
      case Types.TINYINT -> unsigned ? pick(to, "SMALLINT", "smallint", "SMALLINT")
          : pick(to, "TINYINT", "smallint", "TINYINT");
      case Types.SMALLINT -> unsigned ? pick(to, "INTEGER", "integer", "INT")
          : pick(to, "SMALLINT", "smallint", "SMALLINT");
      case Types.INTEGER -> unsigned ? pick(to, "BIGINT", "bigint", "BIGINT")
          : pick(to, "INTEGER", "integer", "INT");
      case Types.BIGINT -> unsigned ? pick(to, "NUMERIC(20,0)", "numeric(20,0)", "DECIMAL(20,0)")
          : pick(to, "BIGINT", "bigint", "BIGINT");
      case Types.DECIMAL, Types.NUMERIC -> decimal(c, to);
      case Types.REAL -> pick(to, "REAL", "real", "FLOAT");
      case Types.FLOAT, Types.DOUBLE -> pick(to, "DOUBLE PRECISION", "double precision", "DOUBLE");
      case Types.CHAR, Types.NCHAR -> c.bounded()
          ? pick(to, "CHAR(" + c.size() + ")", "char(" + c.size() + ")",
              c.size() <= 255 ? "CHAR(" + c.size() + ")" : varchar(c.size()))
          : unboundedText(to);
      case Types.VARCHAR, Types.NVARCHAR -> c.bounded()
          ? pick(to, "VARCHAR(" + c.size() + ")", "varchar(" + c.size() + ")", varchar(c.size()))
          : unboundedText(to);
      case Types.LONGVARCHAR, Types.LONGNVARCHAR -> from == to && to == SqlDialect.MYSQL
          ? c.typeName() : pick(to, c.bounded() ? "CHARACTER VARYING" : "CLOB", "text", "LONGTEXT");
      case Types.CLOB, Types.NCLOB -> pick(to, "CLOB", "text", "LONGTEXT");
      case Types.DATE -> pick(to, "DATE", "date", "DATE");
      case Types.TIME -> pick(to, "TIME", "time", "TIME");
      case Types.TIMESTAMP -> {
        int p = Math.min(c.scale(), 6);
        yield pick(to, "TIMESTAMP(" + p + ")", "timestamp(" + p + ")", "DATETIME(" + p + ")");
      }
      case Types.BINARY, Types.VARBINARY -> c.bounded()
          ? pick(to, "BINARY VARYING(" + c.size() + ")", "bytea",
              c.size() <= MYSQL_MAX_INLINE ? "VARBINARY(" + c.size() + ")" : "LONGBLOB")
          : pick(to, "BINARY VARYING", "bytea", "LONGBLOB");
      case Types.LONGVARBINARY, Types.BLOB -> from == to && to == SqlDialect.MYSQL
          ? c.typeName() : pick(to, "BLOB", "bytea", "LONGBLOB");
      default -> from == to && PLAIN_TYPE_NAME.matcher(c.typeName()).matches()
          ? c.typeName() : unboundedText(to);
    };
  }

  private static String decimal(JdbcColumn c, SqlDialect to) {
    if (!c.hasPrecision()) {
      // An unconstrained numeric keeps any scale: H2 says DECFLOAT, MySQL's widest is (65,30).
      return pick(to, "DECFLOAT", "numeric", "DECIMAL(65,30)");
    }
    int p = c.size();
    int s = Math.max(0, c.scale());
    if (to == SqlDialect.MYSQL) {
      return "DECIMAL(" + Math.min(p, 65) + "," + Math.min(s, 30) + ")";
    }
    return pick(to, "NUMERIC(" + p + "," + s + ")", "numeric(" + p + "," + s + ")", "");
  }

  private static String varchar(int size) {
    return size <= MYSQL_MAX_INLINE ? "VARCHAR(" + size + ")" : "LONGTEXT";
  }

  private static String unboundedText(SqlDialect to) {
    return pick(to, "CHARACTER VARYING", "text", "LONGTEXT");
  }

  private static String pick(SqlDialect to, String h2, String postgresql, String mysql) {
    return switch (to) {
      case H2 -> h2;
      case POSTGRESQL -> postgresql;
      case MYSQL -> mysql;
    };
  }
}
