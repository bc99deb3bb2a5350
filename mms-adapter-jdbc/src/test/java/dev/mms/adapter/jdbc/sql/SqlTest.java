package dev.mms.adapter.jdbc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SqlTest {

  @Test
  void an_insert_binds_each_column_to_the_accessor_of_the_same_name() {
    assertThat(Sql.insert("t", "id, source_id, name"))
        .isEqualTo("INSERT INTO t (id, source_id, name) VALUES (:id, :sourceId, :name)");
  }

  @Test
  void an_update_by_id_writes_every_column_but_the_id() {
    assertThat(Sql.updateById("t", "id, source_id, valid_id"))
        .isEqualTo("UPDATE t SET source_id = :sourceId, valid_id = :validId WHERE id = :id");
  }

  @Test
  void a_match_compares_each_column_to_the_parameter_of_the_same_name() {
    assertThat(Sql.matches("table_id, status"))
        .isEqualTo("table_id = :tableId AND status = :status");
  }

  @Test
  void a_substring_pattern_escapes_like_wildcards() {
    assertThat(Criteria.containsPattern("A_b%c!")).isEqualTo("%a!_b!%c!!%");
  }

  @Test
  void instants_keep_every_nanosecond_and_those_before_the_epoch() {
    var at = Instant.parse("1969-12-31T23:59:59.000000001Z");

    assertThat(Times.instant(Times.nanos(at))).isEqualTo(at);
    assertThat(Times.bound(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThat(Times.bound(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
  }
}
