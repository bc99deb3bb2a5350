package dev.mms.adapter.jdbc.store;

import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.contract.ContractStores;

/** The contract kit's view of the run's store on one database, emptied for each test. */
final class JdbcContractStores {
  private JdbcContractStores() {}

  static ContractStores fresh(Kind kind) {
    var store = TestDatabases.fresh(kind);
    return new ContractStores(store.stores(), () -> { });
  }
}
