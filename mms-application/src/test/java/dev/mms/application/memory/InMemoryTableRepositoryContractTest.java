package dev.mms.application.memory;

import dev.mms.application.port.out.contract.ContractStores;
import dev.mms.application.port.out.contract.TableRepositoryContract;

class InMemoryTableRepositoryContractTest extends TableRepositoryContract {
  @Override
  protected ContractStores newStores() {
    return InMemoryContractStores.fresh();
  }
}
