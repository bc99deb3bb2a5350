package dev.mms.application.memory;

import dev.mms.application.port.out.TransactionPort;
import java.util.function.Supplier;

/**
 * Transactions over the repositories of one {@link InMemoryStore}. The work runs alone (it holds
 * the store's write lock), so it must not wait on slow I/O; when it throws, every write it made
 * is undone.
 */
public final class InMemoryTransactions implements TransactionPort {
  private final Guard guard;

  InMemoryTransactions(Guard guard) {
    this.guard = guard;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return guard.transaction(work);
  }
}
