package dev.mms.adapter.jdbc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlDialectTest {

  @Test
  void the_dialect_follows_the_jdbc_url() {
    assertThat(SqlDialect.of("jdbc:h2:mem:x")).isEqualTo(SqlDialect.H2);
    assertThat(SqlDialect.of("jdbc:postgresql://h/db")).isEqualTo(SqlDialect.POSTGRESQL);
    assertThat(SqlDialect.of("jdbc:mariadb://h/db")).isEqualTo(SqlDialect.MYSQL);
    assertThat(SqlDialect.of("JDBC:MySQL://h/db")).isEqualTo(SqlDialect.MYSQL);
  }

  @Test
  void an_unsupported_url_is_refused_without_its_parameters() {
    assertThatThrownBy(() -> SqlDialect.of("jdbc:oracle:thin:@h:1521/x?password=s3cret"))
        .isInstanceOf(JdbcSourceException.class)
        .hasMessageContaining("jdbc:oracle:thin:@h:1521/x")
        .hasMessageContaining("PostgreSQL")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void odd_identifiers_are_quoted_as_they_are() {
    assertThat(SqlDialect.POSTGRESQL.quote("odd name-1; DROP")).isEqualTo("\"odd name-1; DROP\"");
    assertThat(SqlDialect.H2.qualified("my schema", "t.1")).isEqualTo("\"my schema\".\"t.1\"");
    assertThat(SqlDialect.MYSQL.quote("it's")).isEqualTo("`it's`");
    assertThat(SqlDialect.MYSQL.quote("数据")).isEqualTo("`数据`");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a\"b", "a`b", "a\\b", "a\u0000b", "line\nbreak", " lead",
      "trail ", "x\"; DROP TABLE t; --"})
  void identifiers_that_could_escape_their_quotes_or_be_changed_are_refused(String name) {
    for (var dialect : SqlDialect.values()) {
      assertThat(dialect.identifierProblem(name)).as("%s %s", dialect, name).isPresent();
      assertThatThrownBy(() -> dialect.quote(name)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void identifiers_longer_than_the_database_keeps_are_refused_rather_than_truncated() {
    var accents = "é".repeat(32);

    assertThat(SqlDialect.POSTGRESQL.identifierProblem(accents)).hasValueSatisfying(p ->
        assertThat(p).contains("63 bytes"));
    assertThat(SqlDialect.MYSQL.identifierProblem(accents)).isEmpty();
    assertThat(SqlDialect.MYSQL.identifierProblem("x".repeat(65))).isPresent();
    assertThat(SqlDialect.H2.identifierProblem("x".repeat(200))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(SqlDialect.class)
  void system_namespaces_are_recognized_ignoring_case(SqlDialect dialect) {
    assertThat(dialect.isSystemNamespace("INFORMATION_SCHEMA")).isTrue();
    assertThat(dialect.isSystemNamespace("sales")).isFalse();
  }

  @Test
  void endpoints_print_without_url_parameters_or_password() {
    var endpoint = new JdbcEndpoint("source", "jdbc:h2:mem:x;PASSWORD=s3cret",
        java.util.Optional.of("sa"), java.util.Optional.of("s3cret"));

    assertThat(endpoint).hasToString("jdbc:h2:mem:x as sa");
  }
}
