package dev.mms.application.port.out.contract;

import dev.mms.application.port.query.PageRequest;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every port contract: an adapter's test extends a contract and says only how to
 * make a fresh, empty {@link ContractStores}; each test gets its own.
 */
public abstract class PortContract {
  protected ContractStores stores;

  /** A fresh, empty set of stores; called before every test. */
  protected abstract ContractStores newStores();

  @BeforeEach
  void openStores() {
    stores = newStores();
  }

  @AfterEach
  void closeStores() {
    stores.close();
  }

  protected static PageRequest page(int pageNum, int pageSize) {
    return new PageRequest(pageNum, pageSize);
  }

  /** Waits for {@code latch} inside work that cannot throw checked exceptions (a transaction). */
  protected static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
