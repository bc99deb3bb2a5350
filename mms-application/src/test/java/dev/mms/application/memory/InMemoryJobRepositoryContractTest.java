package dev.mms.application.memory;

import dev.mms.application.port.out.contract.ContractStores;
import dev.mms.application.port.out.contract.JobRepositoryContract;

class InMemoryJobRepositoryContractTest extends JobRepositoryContract {
  @Override
  protected ContractStores newStores() {
    return InMemoryContractStores.fresh();
  }
}
