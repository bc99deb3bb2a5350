package dev.mms.application.mock;

import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import java.math.BigDecimal;

/**
 * The {@code mock.*} settings of a MOCK source, with the defaults its config items advertise. A
 * value that does not parse is a broken source config: the scan or phase using it fails with a
 * message naming the key.
 */
record MockConfig(
    int databases, int tables, int partitions, long rows, long size, double failRate,
    double stallRate, long seed) {

  MockConfig {
    if (failRate + stallRate > 1) {
      throw new IllegalArgumentException(ConfigItems.MOCK_FAIL_RATE + " + " + ConfigItems.MOCK_STALL_RATE
          + " must not exceed 1, got " + failRate + " + " + stallRate);
    }
  }

  static MockConfig of(DataSource source) {
    return new MockConfig(
        (int) count(source, ConfigItems.MOCK_DATABASES, 2, Integer.MAX_VALUE),
        (int) count(source, ConfigItems.MOCK_TABLES, 3, Integer.MAX_VALUE),
        (int) count(source, ConfigItems.MOCK_PARTITIONS, 10, Integer.MAX_VALUE),
        count(source, ConfigItems.MOCK_ROWS, 1000, Long.MAX_VALUE),
        count(source, ConfigItems.MOCK_SIZE, 1_048_576, Long.MAX_VALUE),
        rate(source, ConfigItems.MOCK_FAIL_RATE),
        rate(source, ConfigItems.MOCK_STALL_RATE),
        number(source, ConfigItems.MOCK_SEED, 42).longValue());
  }

  private static long count(DataSource source, String key, long fallback, long max) {
    long value;
    try {
      value = number(source, key, fallback).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + text(source, key) + "'");
    }
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(key + " must be 0.." + max + ", got " + value);
    }
    return value;
  }

  private static double rate(DataSource source, String key) {
    double value = number(source, key, 0).doubleValue();
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(key + " must be a share between 0 and 1, got " + value);
    }
    return value;
  }

  private static BigDecimal number(DataSource source, String key, long fallback) {
    var raw = source.configValue(key).map(ConfigValue::asText).map(String::trim).orElse("");
    if (raw.isEmpty()) {
      return BigDecimal.valueOf(fallback);
    }
    try {
      return new BigDecimal(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, got '" + raw + "'");
    }
  }

  private static String text(DataSource source, String key) {
    return source.configValue(key).map(ConfigValue::asText).orElse("");
  }
}
