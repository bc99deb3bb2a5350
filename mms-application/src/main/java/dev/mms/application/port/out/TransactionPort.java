package dev.mms.application.port.out;

import java.util.function.Supplier;

/**
 * A unit of work: everything the supplier writes through the repositories commits together or
 * not at all (an exception rolls back). Nested calls join the outer transaction.
 */
public interface TransactionPort {
  <T> T inTransaction(Supplier<T> work);

  /**
   * The same, for work whose loss in a crash of the store only makes a worker repeat what is safe
   * to repeat. Its commit may return before it is durable; it becomes durable no later than the
   * next commit of {@link #inTransaction}, so a crash loses it only together with everything
   * committed after it. Joined to an outer transaction, it commits as that one does; a store that
   * has one kind of commit only commits it as any other.
   */
  default <T> T inTransactionDurableLater(Supplier<T> work) {
    return inTransaction(work);
  }
}
