package dev.mms.application.memory;

import dev.mms.application.port.out.contract.ContractStores;
import dev.mms.application.port.out.contract.AsyncTaskRepositoryContract;

class InMemoryAsyncTaskRepositoryContractTest extends AsyncTaskRepositoryContract {
  @Override
  protected ContractStores newStores() {
    return InMemoryContractStores.fresh();
  }
}
