package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.source.JdbcCatalog;
import dev.mms.adapter.jdbc.source.JdbcColumn;
import dev.mms.adapter.jdbc.source.JdbcSourceException;
import dev.mms.adapter.jdbc.source.JdbcValues;
import dev.mms.adapter.jdbc.source.SqlDialect;
import dev.mms.application.port.out.Cancellation;
import dev.mms.application.port.out.PhaseOutcome;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Replaces exactly the task's slices at the destination: for each, delete its rows, then stream
 * the source rows into it batch by batch, all in one destination transaction that is committed
 * only when every slice is copied. A failure or a cancellation (checked between batches) rolls
 * it back, so the destination is as before and the phase can simply run again.
 */
final class DataPhase {
  private final Endpoints endpoints;
  private final int batchSize;
  private final Cancellation cancellation;
  private final LongConsumer rowsMoved;
  private final StepLog log;
  private long moved;

  DataPhase(Endpoints endpoints, int batchSize, Cancellation cancellation, LongConsumer rowsMoved,
      StepLog log) {
    this.endpoints = endpoints;
    this.batchSize = batchSize;
    this.cancellation = cancellation;
    this.rowsMoved = rowsMoved;
    this.log = log;
  }

  PhaseOutcome run(TablePlan resolved) throws SQLException {
    var dst = endpoints.destination();
    var catalog = new JdbcCatalog(dst, endpoints.dstDialect());
    if (!catalog.tableExists(resolved.dstDb(), resolved.dstTable())) {
      return log.failed("destination table " + resolved.dstDb() + "." + resolved.dstTable()
          + " does not exist; the schema phase creates it");
    }
    var dstColumns = catalog.columns(resolved.dstDb(), resolved.dstTable());
    var matched = resolved.matchDestination(dstColumns);
    if (matched.isLeft()) {
      return log.failed(matched.getLeft());
    }
    var plan = matched.get();
    var nullTypes = plan.columns().stream()
        .mapToInt(m -> dstColumns.stream().filter(d -> d.name().equals(m.dstName()))
            .mapToInt(JdbcColumn::jdbcType).findFirst().orElse(java.sql.Types.NULL))
        .toArray();
    // PostgreSQL streams a result set through a cursor only inside a transaction.
    endpoints.source().setAutoCommit(false);
    dst.setAutoCommit(false);
    var current = plan.slices().get(0);
    try {
      for (var slice : plan.slices()) {
        current = slice;
        if (cancellation.cancelled() || !replace(plan, slice, nullTypes)) {
          dst.rollback();
          return log.cancelled();
        }
      }
      log.begin("COMMIT");
      dst.commit();
      log.done("ok: " + moved + " rows in " + plan.slices().size()
          + (plan.keys().isEmpty() ? " table" : " partition(s)"));
      return log.succeeded();
    } catch (SQLException | JdbcSourceException e) {
      rollback(dst, e);
      return log.failed("copying " + current.label() + " into " + plan.dstDb() + "."
          + plan.dstTable() + " failed after " + moved + " rows; the destination transaction was"
          + " rolled back: " + e.getMessage());
    } catch (RuntimeException e) {
      rollback(dst, e);
      throw e;
    }
  }

  /** Deletes then copies one slice; false when cancelled part way. */
  private boolean replace(TablePlan plan, TablePlan.Slice slice, int[] nullTypes)
      throws SQLException {
    var dst = endpoints.destination();
    var label = slice.spec().map(s -> " -- " + s.render()).orElse("");
    var delete = plan.delete(slice);
    log.begin(delete + label);
    try (var ps = dst.prepareStatement(delete)) {
      TablePlan.bind(ps, slice);
      log.done("deleted " + ps.executeUpdate() + " rows");
    }
    boolean copy = endpoints.dstDialect() == SqlDialect.POSTGRESQL;
    var select = plan.select(slice);
    log.begin(select + " -> " + (copy ? plan.copy() : plan.insert()) + label);
    try (var ps = endpoints.source().prepareStatement(select, ResultSet.TYPE_FORWARD_ONLY,
        ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(fetchSize());
      TablePlan.bind(ps, slice);
      try (var rs = ps.executeQuery();
          RowWriter writer = copy ? new CopyRowWriter(dst, plan.copy())
              : new InsertRowWriter(dst, plan.insert(), nullTypes)) {
        long rows = 0;
        int inBatch = 0;
        int width = plan.columns().size();
        while (rs.next()) {
          var row = new ArrayList<Optional<Object>>(width);
          for (int i = 0; i < width; i++) {
            row.add(JdbcValues.read(rs, i + 1, plan.columns().get(i).source()));
          }
          writer.add(row);
          if (++inBatch == batchSize) {
            writer.flush();
            rows += inBatch;
            progress(inBatch);
            inBatch = 0;
            if (cancellation.cancelled()) {
              return false;
            }
          }
        }
        writer.finish();
        rows += inBatch;
        progress(inBatch);
        log.done("copied " + rows + " rows");
        return true;
      }
    }
  }

  private void progress(int rows) {
    if (rows > 0) {
      moved += rows;
      rowsMoved.accept(moved);
    }
  }

  /** MySQL Connector/J streams only with this fetch size; the other drivers take the batch size. */
  private int fetchSize() throws SQLException {
    var driver = endpoints.source().getMetaData().getDriverName().toLowerCase(Locale.ROOT);
    return driver.contains("mysql") ? Integer.MIN_VALUE : batchSize;
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
