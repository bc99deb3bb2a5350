package dev.mms.adapter.jdbc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcValuesTest {

  @Test
  void partition_values_round_trip_through_their_text() {
    assertRoundTrip(column(Types.DATE, "date"), LocalDate.of(2024, 2, 29), "2024-02-29");
    assertRoundTrip(column(Types.TIMESTAMP, "timestamp"),
        LocalDateTime.of(2024, 1, 1, 10, 0, 0), "2024-01-01 10:00:00");
    assertRoundTrip(column(Types.TIMESTAMP, "timestamp"),
        LocalDateTime.of(2024, 1, 1, 10, 0, 5, 120_000_000), "2024-01-01 10:00:05.12");
    assertRoundTrip(column(Types.NUMERIC, "numeric"), new BigDecimal("10.50"), "10.50");
    assertRoundTrip(column(Types.INTEGER, "int4"), 42L, "42");
    assertRoundTrip(column(Types.BIT, "bool"), true, "true");
    assertRoundTrip(column(Types.VARCHAR, "varchar"), "eu/west=1", "eu/west=1");
  }

  @Test
  void null_is_hives_default_partition() {
    var col = column(Types.DATE, "date");

    assertThat(JdbcValues.partitionText(Optional.empty())).isEqualTo("__HIVE_DEFAULT_PARTITION__");
    assertThat(JdbcValues.fromPartitionText("__HIVE_DEFAULT_PARTITION__", col)).isEmpty();
  }

  @Test
  void text_the_column_type_cannot_hold_is_refused_naming_both() {
    assertThatThrownBy(() -> JdbcValues.fromPartitionText("tomorrow", column(Types.DATE, "date")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'tomorrow'").hasMessageContaining("ds");
  }

  private static void assertRoundTrip(JdbcColumn column, Object value, String text) {
    assertThat(JdbcValues.partitionText(Optional.of(value))).isEqualTo(text);
    assertThat(JdbcValues.fromPartitionText(text, column)).contains(value);
  }

  private static JdbcColumn column(int type, String name) {
    return new JdbcColumn("ds", type, name, type == Types.BIT ? 1 : 10, 0, true, Optional.empty(),
        Optional.empty());
  }
}
