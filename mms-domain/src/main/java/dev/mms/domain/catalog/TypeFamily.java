package dev.mms.domain.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * How a column type compares: integers and decimals numerically, everything else as text. Derived
 * from the SQL type name a catalog reports (Hive, MaxCompute, H2, PostgreSQL, MySQL spellings).
 */
public enum TypeFamily {
  INTEGER,
  DECIMAL,
  TEXT;

  private static final Set<String> INTEGERS = Set.of(
      "TINYINT", "SMALLINT", "INT", "INTEGER", "BIGINT", "MEDIUMINT", "INT2", "INT4", "INT8",
      "SERIAL", "BIGSERIAL", "SMALLSERIAL");
  private static final Set<String> DECIMALS = Set.of(
      "DECIMAL", "NUMERIC", "NUMBER", "FLOAT", "DOUBLE", "REAL", "DOUBLE PRECISION", "FLOAT4",
      "FLOAT8", "DECFLOAT");

  public static TypeFamily of(String sqlType) {
    var base = sqlType.trim().toUpperCase(Locale.ROOT);
    int paren = base.indexOf('(');
    if (paren >= 0) {
      base = base.substring(0, paren).trim();
    }
    base = base.replace(" UNSIGNED", "").replace(" ZEROFILL", "").trim();
    if (INTEGERS.contains(base)) {
      return INTEGER;
    }
    if (DECIMALS.contains(base)) {
      return DECIMAL;
    }
    return TEXT;
  }

  public boolean numeric() {
    return this != TEXT;
  }
}
