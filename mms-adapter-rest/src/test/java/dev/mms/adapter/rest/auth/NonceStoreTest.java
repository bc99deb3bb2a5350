package dev.mms.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.adapter.rest.auth.NonceStore.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NonceStoreTest {
  private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

  @Test
  void a_nonce_is_accepted_once() {
    var store = new NonceStore(10);

    var first = store.use("key", "n1", T0.plusSeconds(900), T0);
    var second = store.use("key", "n1", T0.plusSeconds(900), T0.plusSeconds(1));

    assertThat(first).isEqualTo(Outcome.ACCEPTED);
    assertThat(second).isEqualTo(Outcome.REPLAYED);
  }

  @Test
  void nonces_of_different_access_keys_do_not_collide() {
    var store = new NonceStore(10);
    store.use("key-a", "n1", T0.plusSeconds(900), T0);

    assertThat(store.use("key-b", "n1", T0.plusSeconds(900), T0)).isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void a_nonce_is_forgotten_once_its_request_date_left_the_window() {
    var store = new NonceStore(10);
    store.use("key", "n1", T0.plusSeconds(900), T0);

    var atExpiry = store.use("key", "n1", T0.plusSeconds(900), T0.plusSeconds(900));
    var after = store.use("key", "n1", T0.plusSeconds(2000), T0.plusSeconds(901));

    assertThat(atExpiry).isEqualTo(Outcome.REPLAYED);
    assertThat(after).isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void a_full_store_refuses_new_nonces_until_old_ones_expire() {
    var store = new NonceStore(2);
    store.use("key", "n1", T0.plusSeconds(100), T0);
    store.use("key", "n2", T0.plusSeconds(900), T0);

    var whileFull = store.use("key", "n3", T0.plusSeconds(900), T0.plusSeconds(50));
    var afterOneExpired = store.use("key", "n3", T0.plusSeconds(900), T0.plusSeconds(101));

    assertThat(whileFull).isEqualTo(Outcome.FULL);
    assertThat(afterOneExpired).isEqualTo(Outcome.ACCEPTED);
    assertThat(store.use("key", "n2", T0.plusSeconds(900), T0.plusSeconds(102)))
        .isEqualTo(Outcome.REPLAYED);
  }

  @Test
  void of_concurrent_requests_with_one_nonce_exactly_one_is_accepted() throws Exception {
    var store = new NonceStore(100);
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(8);
    try {
      var outcomes = new ArrayList<Future<Outcome>>();
      for (int i = 0; i < 8; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  return store.use("key", "same", T0.plusSeconds(900), T0);
                }));
      }
      start.countDown();

      var accepted = 0;
      for (var outcome : outcomes) {
        accepted += outcome.get() == Outcome.ACCEPTED ? 1 : 0;
      }

      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
