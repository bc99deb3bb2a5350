package dev.mms.application.memory;

import dev.mms.application.port.out.contract.ContractStores;
import dev.mms.application.port.out.contract.TimerRepositoryContract;

class InMemoryTimerRepositoryContractTest extends TimerRepositoryContract {
  @Override
  protected ContractStores newStores() {
    return InMemoryContractStores.fresh();
  }
}
