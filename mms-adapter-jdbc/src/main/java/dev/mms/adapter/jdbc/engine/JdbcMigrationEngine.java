package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.source.JdbcCatalog;
import dev.mms.adapter.jdbc.source.JdbcEndpoint;
import dev.mms.adapter.jdbc.source.JdbcSourceException;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.domain.source.DataSourceType;
import java.sql.SQLException;

/**
 * Migrates tasks of JDBC data sources from the source database ({@code jdbc.url}) to the
 * destination one ({@code dst.jdbc.url}), each phase on its own short-lived connections.
 * {@code rowsMoved} receives the running total of rows the data phase has written.
 */
public final class JdbcMigrationEngine implements MigrationEnginePort {
  public static final int DEFAULT_BATCH_SIZE = 5_000;

  private final int batchSize;

  public JdbcMigrationEngine() {
    this(DEFAULT_BATCH_SIZE);
  }

  /** An engine fetching and writing {@code batchSize} rows at a time. */
  public JdbcMigrationEngine(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
    }
    this.batchSize = batchSize;
  }

  @Override
  public boolean supports(DataSourceType type) {
    return type == DataSourceType.JDBC;
  }

  @Override
  public PhaseOutcome migrateSchema(PhaseContext context) {
    boolean create = context.job().config().enableSchemaMigration();
    return run(context, (endpoints, plan, log) -> new SchemaPhase(endpoints, create, log).run(plan));
  }

  @Override
  public PhaseOutcome migrateData(PhaseContext context) {
    return run(context, (endpoints, plan, log) -> new DataPhase(endpoints, batchSize,
        context.cancellation(), context.rowsMoved(), log).run(plan));
  }

  @Override
  public PhaseOutcome verify(PhaseContext context) {
    return run(context, (endpoints, plan, log) ->
        new VerifyPhase(endpoints, context.cancellation(), log).run(plan));
  }

  /**
   * Opens both databases, resolves the task against the source table's live columns, and runs
   * {@code phase}. What a user can fix (unreachable database, refused name, SQL error) ends as a
   * failed outcome carrying the steps run so far.
   */
  private static PhaseOutcome run(PhaseContext context, Phase phase) {
    var log = new StepLog();
    try {
      var source = JdbcEndpoint.source(context.source());
      var destination = JdbcEndpoint.destination(context.source());
      var srcDialect = source.dialect();
      var dstDialect = destination.dialect();
      try (var src = source.connect(); var dst = destination.connect()) {
        var task = context.task();
        var columns = new JdbcCatalog(src, srcDialect)
            .columns(task.srcDbName().value(), task.srcTableName().value());
        var plan = TablePlan.resolve(context, srcDialect, dstDialect, columns);
        if (plan.isLeft()) {
          return log.failed(plan.getLeft());
        }
        return phase.run(new Endpoints(src, srcDialect, dst, dstDialect), plan.get(), log);
      }
    } catch (JdbcSourceException e) {
      return log.failed(e.getMessage());
    } catch (SQLException e) {
      return log.failed(e.getMessage());
    }
  }

  @FunctionalInterface
  private interface Phase {
    PhaseOutcome run(Endpoints endpoints, TablePlan plan, StepLog log) throws SQLException;
  }
}
