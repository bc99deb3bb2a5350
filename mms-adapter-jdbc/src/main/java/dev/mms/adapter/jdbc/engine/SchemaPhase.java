package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.source.JdbcCatalog;
import dev.mms.adapter.jdbc.source.JdbcColumn;
import dev.mms.adapter.jdbc.source.SqlDialect;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.domain.catalog.TypeFamily;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creates the destination database and table when absent (unless the job turned schema
 * migration off), else checks the existing table can take the source's columns and says what
 * differs. Running it again changes nothing.
 */
final class SchemaPhase {
  private final Endpoints endpoints;
  private final boolean create;
  private final StepLog log;

  SchemaPhase(Endpoints endpoints, boolean create, StepLog log) {
    this.endpoints = endpoints;
    this.create = create;
    this.log = log;
  }

  PhaseOutcome run(TablePlan plan) throws SQLException {
    var dst = endpoints.destination();
    var catalog = new JdbcCatalog(dst, endpoints.dstDialect());
    if (!catalog.namespaceExists(plan.dstDb())) {
      if (!create) {
        return log.failed("destination database " + plan.dstDb() + " does not exist and the job"
            + " does not migrate schemas");
      }
      execute(dst, endpoints.dstDialect().createNamespace(plan.dstDb()));
    }
    if (!catalog.tableExists(plan.dstDb(), plan.dstTable())) {
      if (!create) {
        return log.failed("destination table " + plan.dstDb() + "." + plan.dstTable()
            + " does not exist and the job does not migrate schemas");
      }
      execute(dst, createTable(plan));
      var index = partitionIndex(plan);
      if (index.isPresent()) {
        execute(dst, index.get());
      }
      return log.succeeded();
    }
    return compare(plan, catalog.columns(plan.dstDb(), plan.dstTable()));
  }

  private PhaseOutcome compare(TablePlan plan, List<JdbcColumn> dstColumns) {
    var action = "compare " + plan.dstQualified() + " with " + plan.srcQualified();
    var missing = new ArrayList<String>();
    var typeNotes = new ArrayList<String>();
    var matched = new ArrayList<String>();
    for (var m : plan.columns()) {
      var found = dstColumns.stream().filter(d -> d.name().equals(m.dstName())).findFirst()
          .or(() -> dstColumns.stream().filter(d -> d.name().equalsIgnoreCase(m.dstName())).findFirst());
      if (found.isEmpty()) {
        missing.add(m.dstName());
        continue;
      }
      matched.add(found.get().name());
      var srcType = m.source().displayType();
      var dstType = found.get().displayType();
      if (TypeFamily.of(srcType) != TypeFamily.of(dstType) || m.source().isBoolean() != found.get().isBoolean()) {
        typeNotes.add(m.dstName() + " " + srcType + " -> " + dstType);
      }
    }
    var unfilled = new ArrayList<String>();
    var extra = new ArrayList<String>();
    for (var d : dstColumns) {
      if (!matched.contains(d.name())) {
        (d.nullable() || d.defaultValue().isPresent() ? extra : unfilled).add(d.name());
      }
    }
    var notes = new ArrayList<String>();
    if (!extra.isEmpty()) {
      notes.add("extra destination columns left empty: " + String.join(", ", extra));
    }
    if (!typeNotes.isEmpty()) {
      notes.add("types differ: " + String.join(", ", typeNotes));
    }
    if (!missing.isEmpty() || !unfilled.isEmpty()) {
      var problems = new ArrayList<String>();
      if (!missing.isEmpty()) {
        problems.add("destination lacks column(s) " + String.join(", ", missing));
      }
      if (!unfilled.isEmpty()) {
        problems.add("destination column(s) " + String.join(", ", unfilled)
            + " are NOT NULL without a default and the source has nothing for them");
      }
      problems.addAll(notes);
      log.begin(action);
      return log.failed("destination table " + plan.dstDb() + "." + plan.dstTable()
          + " is not compatible: " + String.join("; ", problems));
    }
    log.record(action, notes.isEmpty() ? "compatible" : "compatible; " + String.join("; ", notes));
    return log.succeeded();
  }

  private String createTable(TablePlan plan) {
    var src = endpoints.srcDialect();
    var dst = endpoints.dstDialect();
    var columns = plan.columns().stream()
        .map(m -> dst.quote(m.dstName()) + " " + TypeMapping.columnDefinition(m.source(), src, dst))
        .collect(Collectors.joining(", "));
    return "CREATE TABLE IF NOT EXISTS " + plan.dstQualified() + " (" + columns + ")"
        + (dst == SqlDialect.MYSQL ? " DEFAULT CHARSET=utf8mb4" : "");
  }

  /**
   * An index on the partition columns, so the data phase's deletes and the verification's counts
   * touch only their partition. Left out where a key type cannot be indexed whole (MySQL and H2
   * large objects) or no index name fits the dialect.
   */
  private Optional<String> partitionIndex(TablePlan plan) {
    var src = endpoints.srcDialect();
    var dst = endpoints.dstDialect();
    if (plan.keys().isEmpty()) {
      return Optional.empty();
    }
    boolean indexable = plan.keys().stream()
        .map(k -> TypeMapping.type(k.source(), src, dst).toUpperCase(Locale.ROOT))
        .noneMatch(t -> dst != SqlDialect.POSTGRESQL
            && (t.contains("TEXT") || t.contains("BLOB") || t.contains("CLOB")));
    var name = Stream.of(plan.dstTable() + "_mms_part",
            "mms_part_" + Integer.toHexString(plan.dstTable().hashCode()))
        .filter(n -> dst.identifierProblem(n).isEmpty())
        .findFirst();
    if (!indexable || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("CREATE INDEX " + (dst == SqlDialect.MYSQL ? "" : "IF NOT EXISTS ")
        + dst.quote(name.get()) + " ON " + plan.dstQualified() + " ("
        + plan.keys().stream().map(k -> dst.quote(k.dstName())).collect(Collectors.joining(", "))
        + ")");
  }

  private void execute(Connection connection, String sql) throws SQLException {
    log.begin(sql);
    try (var st = connection.createStatement()) {
      st.execute(sql);
    }
    log.done("ok");
  }
}
