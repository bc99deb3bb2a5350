package dev.mms.adapter.jdbc.store;

import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import dev.mms.application.port.out.contract.AsyncTaskRepositoryContract;
import dev.mms.application.port.out.contract.ContractStores;
import dev.mms.application.port.out.contract.DataSourceRepositoryContract;
import dev.mms.application.port.out.contract.DatabaseRepositoryContract;
import dev.mms.application.port.out.contract.IdGeneratorContract;
import dev.mms.application.port.out.contract.JobRepositoryContract;
import dev.mms.application.port.out.contract.PartitionRepositoryContract;
import dev.mms.application.port.out.contract.TableRepositoryContract;
import dev.mms.application.port.out.contract.TaskLogRepositoryContract;
import dev.mms.application.port.out.contract.TaskRepositoryContract;
import dev.mms.application.port.out.contract.TimerLogRepositoryContract;
import dev.mms.application.port.out.contract.TimerRepositoryContract;
import dev.mms.application.port.out.contract.TransactionPortContract;
import org.junit.jupiter.api.Nested;

/** Every port contract of mms-application, run against the store on embedded H2. */
@OnDatabase(Kind.H2)
class H2PortContractsTest {

  @Nested
  class AsyncTasks extends AsyncTaskRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class DataSources extends DataSourceRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Databases extends DatabaseRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Ids extends IdGeneratorContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Jobs extends JobRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Partitions extends PartitionRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Tables extends TableRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class TaskLogs extends TaskLogRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Tasks extends TaskRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class TimerLogs extends TimerLogRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Timers extends TimerRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }

  @Nested
  class Transactions extends TransactionPortContract {
    @Override
    protected ContractStores newStores() {
      return JdbcContractStores.fresh(Kind.H2);
    }
  }
}
