package dev.mms.domain.source;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Locale;

/**
 * Kinds of data source. JDBC and MOCK have engines that move data; the others are stored and
 * listed as MMS does, but a job on them is refused.
 */
public enum DataSourceType {
  JDBC(true),
  MOCK(true),
  HIVE(false),
  BIGQUERY(false),
  MAXCOMPUTE(false),
  DATABRICKS(false);

  private final boolean hasEngine;

  DataSourceType(boolean hasEngine) {
    this.hasEngine = hasEngine;
  }

  public boolean hasEngine() {
    return hasEngine;
  }

  /** Case-insensitive, since MMS examples spell the same type {@code HIVE} and {@code Hive}. */
  public static Validation<DomainError, DataSourceType> of(String field, String raw) {
    if (raw != null) {
      for (var t : values()) {
        if (t.name().equalsIgnoreCase(raw.trim())) {
          return Validation.valid(t);
        }
      }
    }
    return Validation.invalid(new InvalidValue(field,
        "unknown data source type '" + raw + "', expected one of "
            + Arrays.toString(values()).toUpperCase(Locale.ROOT)));
  }
}
