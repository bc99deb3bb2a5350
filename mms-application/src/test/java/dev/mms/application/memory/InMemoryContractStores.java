package dev.mms.application.memory;

import dev.mms.application.port.out.contract.ContractStores;

/** The contract kit's view of a fresh {@link InMemoryStore}; nothing to clean up after. */
final class InMemoryContractStores {
  private InMemoryContractStores() {}

  static ContractStores fresh() {
    var store = new InMemoryStore();
    return new ContractStores(store.stores(), () -> { });
  }
}
