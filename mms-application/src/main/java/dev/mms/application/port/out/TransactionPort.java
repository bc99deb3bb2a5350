package dev.mms.application.port.out;

import java.util.function.Supplier;

/**
 * A unit of work: everything the supplier writes through the repositories commits together or
 * not at all (an exception rolls back). Nested calls join the outer transaction.
 */
public interface TransactionPort {
  <T> T inTransaction(Supplier<T> work);
}
