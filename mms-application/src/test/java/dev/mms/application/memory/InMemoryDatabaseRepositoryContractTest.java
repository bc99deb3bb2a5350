package dev.mms.application.memory;

import dev.mms.application.port.out.contract.ContractStores;
import dev.mms.application.port.out.contract.DatabaseRepositoryContract;

class InMemoryDatabaseRepositoryContractTest extends DatabaseRepositoryContract {
  @Override
  protected ContractStores newStores() {
    return InMemoryContractStores.fresh();
  }
}
