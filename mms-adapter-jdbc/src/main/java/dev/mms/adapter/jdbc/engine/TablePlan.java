package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.source.JdbcColumn;
import dev.mms.adapter.jdbc.source.JdbcValues;
import dev.mms.adapter.jdbc.source.SqlDialect;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.domain.catalog.PartitionSpec;
import io.vavr.control.Either;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one task moves: the source table's columns with their destination names (column mapping
 * applied), its partition columns, and the slices to replace (one per partition of the task, or
 * the whole table). Every name has passed its dialect's identifier check, so the SQL built here
 * holds only quoted identifiers and {@code ?} for values.
 */
record TablePlan(
    SqlDialect srcDialect, String srcDb, String srcTable,
    SqlDialect dstDialect, String dstDb, String dstTable,
    List<Mapped> columns, List<Mapped> keys, List<Slice> slices) {

  /** A source column and the name it has at the destination. */
  record Mapped(JdbcColumn source, String dstName) {}

  /** Rows of one partition (the values of the partition columns, empty for NULL) or the whole table. */
  record Slice(Optional<PartitionSpec> spec, List<Optional<Object>> values) {
    String label() {
      return spec.map(PartitionSpec::render).orElse("whole table");
    }
  }

  /**
   * Resolves a task against the live columns of its source table, or says what is wrong: a name
   * a dialect refuses, a partition column or value the table cannot have, a mapping collision.
   */
  static Either<String, TablePlan> resolve(PhaseContext context, SqlDialect src, SqlDialect dst,
      List<JdbcColumn> sourceColumns) {
    var task = context.task();
    var problems = new ArrayList<String>();
    check(problems, src, "source database", task.srcDbName().value());
    check(problems, src, "source table", task.srcTableName().value());
    check(problems, dst, "destination database", task.dstDbName());
    check(problems, dst, "destination table", task.dstTableName());
    if (sourceColumns.isEmpty()) {
      problems.add("source table " + task.srcDbName() + "." + task.srcTableName()
          + " does not exist or has no columns");
    }
    var mapping = context.job().config().columnMapping();
    var columns = new ArrayList<Mapped>();
    var seen = new HashMap<String, String>();
    for (var c : sourceColumns) {
      check(problems, src, "source column", c.name());
      var dstName = lookup(mapping, c.name()).orElse(c.name());
      check(problems, dst, "destination column", dstName);
      var clash = seen.put(dstName.toLowerCase(Locale.ROOT), c.name());
      if (clash != null) {
        problems.add("source columns " + clash + " and " + c.name() + " both map to " + dstName);
      }
      columns.add(new Mapped(c, dstName));
    }
    var keys = new ArrayList<Mapped>();
    for (var key : context.table().schema().partitionColumns()) {
      find(columns, key.name().value()).ifPresentOrElse(keys::add, () -> problems.add(
          "partition column " + key.name() + " is not a column of the source table"));
    }
    var slices = new ArrayList<Slice>();
    if (context.partitions().isEmpty()) {
      slices.add(new Slice(Optional.empty(), List.of()));
    } else if (keys.isEmpty() && problems.isEmpty()) {
      problems.add("the task lists partitions but the table has no partition columns");
    }
    for (var partition : context.partitions()) {
      var spec = partition.value();
      var values = new ArrayList<Optional<Object>>();
      for (var key : keys) {
        var text = spec.value(key.source().name());
        if (text.isEmpty()) {
          problems.add("partition " + spec + " has no value for " + key.source().name());
          continue;
        }
        try {
          values.add(JdbcValues.fromPartitionText(text.get(), key.source()));
        } catch (IllegalArgumentException e) {
          problems.add("partition " + spec + ": " + e.getMessage());
        }
      }
      slices.add(new Slice(Optional.of(spec), values));
    }
    if (!problems.isEmpty()) {
      return Either.left(String.join("; ", problems));
    }
    return Either.right(new TablePlan(src, task.srcDbName().value(), task.srcTableName().value(),
        dst, task.dstDbName(), task.dstTableName(), columns, keys, slices));
  }

  /**
   * This plan with destination names spelled as the existing destination table spells them
   * (matched exactly, else ignoring case), or the mapped columns it lacks.
   */
  Either<String, TablePlan> matchDestination(List<JdbcColumn> dstColumns) {
    var renamed = new HashMap<String, String>();
    var missing = new ArrayList<String>();
    for (var m : columns) {
      dstColumns.stream().map(JdbcColumn::name).filter(m.dstName()::equals).findFirst()
          .or(() -> dstColumns.stream().map(JdbcColumn::name)
              .filter(m.dstName()::equalsIgnoreCase).findFirst())
          .ifPresentOrElse(n -> renamed.put(m.dstName(), n), () -> missing.add(m.dstName()));
    }
    if (!missing.isEmpty()) {
      return Either.left("destination table " + dstDb + "." + dstTable + " lacks column(s) "
          + String.join(", ", missing));
    }
    var cols = columns.stream().map(m -> new Mapped(m.source(), renamed.get(m.dstName()))).toList();
    var ks = keys.stream().map(m -> new Mapped(m.source(), renamed.get(m.dstName()))).toList();
    return Either.right(new TablePlan(srcDialect, srcDb, srcTable, dstDialect, dstDb, dstTable,
        cols, ks, slices));
  }

  String srcQualified() {
    return srcDialect.qualified(srcDb, srcTable);
  }

  String dstQualified() {
    return dstDialect.qualified(dstDb, dstTable);
  }

  String select(Slice slice) {
    return "SELECT " + list(srcDialect, columns.stream().map(m -> m.source().name()).toList())
        + " FROM " + srcQualified() + where(srcDialect, slice, true);
  }

  String delete(Slice slice) {
    return "DELETE FROM " + dstQualified() + where(dstDialect, slice, false);
  }

  String countSource(Slice slice) {
    return "SELECT COUNT(*) FROM " + srcQualified() + where(srcDialect, slice, true);
  }

  String countDestination(Slice slice) {
    return "SELECT COUNT(*) FROM " + dstQualified() + where(dstDialect, slice, false);
  }

  String insert() {
    return "INSERT INTO " + dstQualified() + " (" + dstColumnList() + ") VALUES ("
        + columns.stream().map(m -> "?").collect(Collectors.joining(", ")) + ")";
  }

  String copy() {
    return "COPY " + dstQualified() + " (" + dstColumnList() + ") FROM STDIN WITH (FORMAT csv)";
  }

  /** Binds the non-NULL partition values of {@code slice} in order. */
  static void bind(PreparedStatement ps, Slice slice) throws SQLException {
    int i = 1;
    for (var v : slice.values()) {
      if (v.isPresent()) {
        ps.setObject(i++, v.get());
      }
    }
  }

  private String dstColumnList() {
    return list(dstDialect, columns.stream().map(Mapped::dstName).toList());
  }

  private String where(SqlDialect dialect, Slice slice, boolean source) {
    if (slice.spec().isEmpty()) {
      return "";
    }
    var terms = new ArrayList<String>();
    for (int i = 0; i < keys.size(); i++) {
      var name = source ? keys.get(i).source().name() : keys.get(i).dstName();
      terms.add(dialect.quote(name) + (slice.values().get(i).isPresent() ? " = ?" : " IS NULL"));
    }
    return " WHERE " + String.join(" AND ", terms);
  }

  private static String list(SqlDialect dialect, List<String> names) {
    return names.stream().map(dialect::quote).collect(Collectors.joining(", "));
  }

  private static void check(List<String> problems, SqlDialect dialect, String what, String name) {
    dialect.identifierProblem(name).ifPresent(p -> problems.add(what + ": " + p));
  }

  private static Optional<String> lookup(Map<String, String> mapping, String column) {
    return Optional.ofNullable(mapping.get(column)).or(() -> mapping.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue).findFirst());
  }

  private static Optional<Mapped> find(List<Mapped> columns, String name) {
    return columns.stream().filter(m -> m.source().name().equals(name)).findFirst()
        .or(() -> columns.stream().filter(m -> m.source().name().equalsIgnoreCase(name)).findFirst());
  }
}
