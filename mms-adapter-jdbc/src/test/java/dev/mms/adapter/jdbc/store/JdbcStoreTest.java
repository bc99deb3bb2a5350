package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.adapter.jdbc.sql.Dialect;
import dev.mms.adapter.jdbc.sql.JdbcStoreException;
import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.Sequence;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcStoreTest {
  @ParameterizedTest
  @EnumSource(Kind.class)
  void opening_migrates_the_schema_and_reopening_keeps_the_data(Kind kind) {
    var store = TestDatabases.store(kind);
    long id = store.ids().next(Sequence.JOB);
    var job = Fixtures.job(new dev.mms.domain.job.JobId(id), Fixtures.source(store.ids()),
        Optional.empty(), "kept");
    store.jobs().insert(job);

    try (var again = TestDatabases.openAnother(kind)) {
      assertThat(again.jobs().findById(job.sourceId(), job.id()).map(s -> s.job())).contains(job);
      assertThat(again.ids().next(Sequence.JOB)).isGreaterThan(id);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void the_dialect_is_read_from_the_url(Kind kind) {
    var expected = switch (kind) {
      case H2 -> Dialect.H2;
      case POSTGRESQL -> Dialect.POSTGRESQL;
      case MARIADB -> Dialect.MYSQL;
    };

    assertThat(TestDatabases.store(kind).dialect()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void a_duplicate_id_is_a_constraint_failure_that_names_the_store(Kind kind) {
    var store = TestDatabases.store(kind);
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
    store.jobs().insert(job);

    assertThatThrownBy(() -> store.jobs().insert(job))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
          assertThat(e.kind()).isEqualTo(JdbcStoreException.Kind.CONSTRAINT);
          assertThat(e.getMessage()).contains("breaks a constraint")
              .contains(TestDatabases.configOf(kind).safeUrl());
        });
  }

  @Test
  void an_embedded_h2_file_keeps_the_data_across_restarts(@TempDir Path dir) {
    var config = JdbcStoreConfig.embedded(dir);
    dev.mms.domain.job.Job job;
    try (var store = JdbcStore.open(config)) {
      job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
      store.jobs().insert(job);
    }

    try (var reopened = JdbcStore.open(config)) {
      assertThat(reopened.jobs().findById(job.sourceId(), job.id()).map(s -> s.job())).contains(job);
    }
  }

  @Test
  void a_mysql_url_is_served_by_the_mariadb_driver() {
    var mariadb = TestDatabases.configOf(Kind.MARIADB);
    var config = JdbcStoreConfig.of(mariadb.url().replace("jdbc:mariadb:", "jdbc:mysql:"),
        mariadb.username().orElse(null), mariadb.password().orElse(null));

    try (var store = JdbcStore.open(config)) {
      assertThat(store.dialect()).isEqualTo(Dialect.MYSQL);
      assertThat(store.ids().next(Sequence.JOB)).isPositive();
    }
  }

  @Test
  void an_unreachable_database_is_a_connection_failure_without_the_password() {
    var config = JdbcStoreConfig.of("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=1",
        "someone", "s3cret").withMaxPoolSize(1);

    assertThatThrownBy(() -> JdbcStore.open(config))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
          assertThat(e.kind()).isEqualTo(JdbcStoreException.Kind.CONNECTION);
          assertThat(e.getMessage()).contains("cannot reach the mms store at jdbc:postgresql://127.0.0.1:1/nothing")
              .doesNotContain("s3cret");
        });
  }

  @Test
  void a_closed_store_fails_with_a_connection_failure() {
    var store = JdbcStore.open(JdbcStoreConfig.inMemory("closed_" + System.nanoTime()));
    store.close();

    assertThatThrownBy(() -> store.ids().next(Sequence.JOB))
        .isInstanceOfSatisfying(JdbcStoreException.class,
            e -> assertThat(e.kind()).isEqualTo(JdbcStoreException.Kind.CONNECTION));
  }
}
