package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.source.JdbcCatalog;
import dev.mms.application.port.out.Cancellation;
import dev.mms.application.port.out.PhaseOutcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/**
 * Counts the rows of every slice of the task on both sides, one step per slice with both
 * counts; the phase fails when any count differs. It only reads, so it can run any number of
 * times.
 */
final class VerifyPhase {
  private static final int LISTED_MISMATCHES = 10;

  private final Endpoints endpoints;
  private final Cancellation cancellation;
  private final StepLog log;

  VerifyPhase(Endpoints endpoints, Cancellation cancellation, StepLog log) {
    this.endpoints = endpoints;
    this.cancellation = cancellation;
    this.log = log;
  }

  PhaseOutcome run(TablePlan resolved) throws SQLException {
    var catalog = new JdbcCatalog(endpoints.destination(), endpoints.dstDialect());
    if (!catalog.tableExists(resolved.dstDb(), resolved.dstTable())) {
      return log.failed("destination table " + resolved.dstDb() + "." + resolved.dstTable()
          + " does not exist");
    }
    var matched = resolved.matchDestination(catalog.columns(resolved.dstDb(), resolved.dstTable()));
    if (matched.isLeft()) {
      return log.failed(matched.getLeft());
    }
    var plan = matched.get();
    var mismatches = new ArrayList<String>();
    for (var slice : plan.slices()) {
      if (cancellation.cancelled()) {
        return log.cancelled();
      }
      var srcSql = plan.countSource(slice);
      var dstSql = plan.countDestination(slice);
      log.begin(srcSql + "; " + dstSql + slice.spec().map(s -> " -- " + s.render()).orElse(""));
      long src = count(endpoints.source(), srcSql, slice);
      long dst = count(endpoints.destination(), dstSql, slice);
      log.done("count src=" + src + ", dst=" + dst);
      if (src != dst) {
        mismatches.add(slice.label() + " (src=" + src + ", dst=" + dst + ")");
      }
    }
    if (!mismatches.isEmpty()) {
      return log.failed("row counts differ in " + mismatches.size() + " of "
          + plan.slices().size() + " slice(s): "
          + String.join(", ", mismatches.subList(0, Math.min(LISTED_MISMATCHES, mismatches.size())))
          + (mismatches.size() > LISTED_MISMATCHES ? ", …" : ""));
    }
    return log.succeeded();
  }

  private static long count(Connection connection, String sql, TablePlan.Slice slice)
      throws SQLException {
    try (var ps = connection.prepareStatement(sql)) {
      TablePlan.bind(ps, slice);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
