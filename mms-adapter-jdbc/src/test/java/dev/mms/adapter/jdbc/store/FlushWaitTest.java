package dev.mms.adapter.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.ClaimRequest;
import dev.mms.application.port.out.Sequence;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Id reservations, claims and transactions durable later commit without waiting for PostgreSQL's
 * log flush; nothing else may.
 * {@code SET LOCAL} ends with its transaction, so neither the pool's connections nor a caller's
 * transaction that a claim joins may come out of it committing differently.
 */
class FlushWaitTest {

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "POSTGRESQL")
  void reservations_and_claims_leave_the_pools_connections_waiting_for_the_flush(Kind kind) {
    var config = TestDatabases.configOf(kind);
    try (var store = JdbcStore.open(new JdbcStoreConfig(config.url(), config.username(),
        config.password(), 2))) {
      var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
      store.jobs().insert(job);
      store.tasks().insertAll(List.of(Fixtures.task(store.ids(), job, "t", List.of())));

      store.ids().reserve(Sequence.TASK_LOG, 3);
      assertThat(store.tasks().claim(claim())).hasSize(1);

      // Both of the pool's connections at once, whichever the reservation and the claim used.
      var db = store.db();
      var settings = db.inTransaction(() -> db.withHandle(h ->
          List.of(synchronousCommit(h), db.inSeparateTransaction(FlushWaitTest::synchronousCommit))));
      assertThat(settings).containsExactly("on", "on");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "POSTGRESQL")
  void a_claim_that_joins_a_transaction_leaves_its_commit_waiting_for_the_flush(Kind kind) {
    var store = TestDatabases.fresh(kind);
    var job = Fixtures.job(store.ids(), Fixtures.source(store.ids()), Optional.empty());
    store.jobs().insert(job);
    store.tasks().insertAll(List.of(Fixtures.task(store.ids(), job, "t", List.of())));
    var db = store.db();

    var setting = db.inTransaction(() -> {
      assertThat(store.tasks().claim(claim())).hasSize(1);
      return db.withHandle(FlushWaitTest::synchronousCommit);
    });

    assertThat(setting).isEqualTo("on");
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "POSTGRESQL")
  void a_transaction_durable_later_skips_the_flush_wait_unless_it_joins_one_that_does_not(Kind kind) {
    var db = TestDatabases.store(kind).db();

    var own = db.inTransactionDurableLater(() -> db.withHandle(FlushWaitTest::synchronousCommit));
    var joined = db.inTransaction(() ->
        db.inTransactionDurableLater(() -> db.withHandle(FlushWaitTest::synchronousCommit)));
    var after = db.inTransaction(() -> db.withHandle(FlushWaitTest::synchronousCommit));

    assertThat(List.of(own, joined, after)).containsExactly("off", "on", "on");
  }

  private static ClaimRequest claim() {
    var now = Fixtures.T0.plusSeconds(3600);
    return new ClaimRequest("w", now, now.plusSeconds(60), 1, 10);
  }

  private static String synchronousCommit(Handle h) {
    return h.createQuery("SHOW synchronous_commit").mapTo(String.class).one();
  }
}
