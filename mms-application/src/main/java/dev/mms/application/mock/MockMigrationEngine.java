package dev.mms.application.mock;

import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.PhaseOutcome.Step;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.source.ConfigItems;
import dev.mms.domain.source.DataSourceType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The engine of MOCK sources: nothing moves, but every phase describes the statements it would
 * have run and succeeds, fails or stalls (until cancelled or interrupted) at the source's {@code
 * mock.fail.rate} and {@code mock.stall.rate}. Each run of a phase draws from {@code mock.seed},
 * the task id, the phase and the task's version when the phase starts (which differs for every
 * retry and every rerun after a lost lease), so the same sequence of events gives the same
 * outcomes.
 */
public final class MockMigrationEngine implements MigrationEnginePort {
  private static final long STALL_CHECK_NANOS = Duration.ofMillis(5).toNanos();

  private enum Phase { SCHEMA, DATA, VERIFICATION }

  private enum Fate { SUCCEED, FAIL, STALL }

  @Override
  public boolean supports(DataSourceType type) {
    return type == DataSourceType.MOCK;
  }

  @Override
  public PhaseOutcome migrateSchema(PhaseContext context) {
    var draw = draw(context, Phase.SCHEMA);
    var steps = new ArrayList<Step>();
    var ddl = "create table if not exists " + destination(context) + " (" + columns(context,
        context.table().schema().columns(), true) + ")"
        + (context.table().partitioned()
            ? " partitioned by (" + columns(context, context.table().schema().partitionColumns(), true) + ")"
            : "");
    return switch (draw.fate) {
      case SUCCEED -> {
        steps.add(new Step(ddl, "ok (MOCK: nothing created)"));
        yield new PhaseOutcome.Succeeded(steps);
      }
      case FAIL -> failed(steps, ddl, draw.injected(Phase.SCHEMA));
      case STALL -> stall(context, steps, ddl);
    };
  }

  @Override
  public PhaseOutcome migrateData(PhaseContext context) {
    var draw = draw(context, Phase.DATA);
    var steps = new ArrayList<Step>();
    var units = units(context);
    for (int i = 0; i < units.size(); i++) {
      if (context.cancellation().cancelled()) {
        return new PhaseOutcome.Cancelled(steps);
      }
      var unit = units.get(i);
      var sql = "insert overwrite table " + destination(context)
          + unit.spec.map(s -> " partition (" + literals(context, s, ", ") + ")").orElse("")
          + " select " + columns(context, context.table().schema().columns(), false)
          + " from " + source(context) + unit.spec.map(s -> " where " + literals(context, s, " and ")).orElse("");
      if (i == draw.at(units.size())) {
        if (draw.fate == Fate.FAIL) {
          return failed(steps, sql, draw.injected(Phase.DATA));
        }
        if (draw.fate == Fate.STALL) {
          return stall(context, steps, sql);
        }
      }
      steps.add(new Step(sql, unit.rows + " rows (MOCK: nothing moved)"));
      context.rowsMoved().accept(unit.rows);
    }
    return new PhaseOutcome.Succeeded(steps);
  }

  @Override
  public PhaseOutcome verify(PhaseContext context) {
    var draw = draw(context, Phase.VERIFICATION);
    var steps = new ArrayList<Step>();
    var units = units(context);
    for (int i = 0; i < units.size(); i++) {
      if (context.cancellation().cancelled()) {
        return new PhaseOutcome.Cancelled(steps);
      }
      var unit = units.get(i);
      var sql = "select count(*) from " + source(context)
          + unit.spec.map(s -> " where " + literals(context, s, " and ")).orElse("");
      if (i == draw.at(units.size())) {
        if (draw.fate == Fate.FAIL) {
          // One row short, or one too many when the source is empty: the counts must differ.
          long destination = unit.rows == 0 ? 1 : unit.rows - 1;
          var what = unit.spec.map(s -> "partition " + s.render()).orElse("table " + context.table().name());
          steps.add(new Step(sql, "source " + unit.rows + ", destination " + destination));
          return new PhaseOutcome.Failed(steps, "counts differ for " + what + ": source " + unit.rows
              + " rows, destination " + destination + " (" + draw.injected(Phase.VERIFICATION) + ")");
        }
        if (draw.fate == Fate.STALL) {
          return stall(context, steps, sql);
        }
      }
      steps.add(new Step(sql, "source " + unit.rows + ", destination " + unit.rows));
    }
    return new PhaseOutcome.Succeeded(steps);
  }

  /** What one statement covers: a partition, or the whole of a non-partitioned table. */
  private record Unit(Optional<PartitionSpec> spec, long rows) {}

  private static List<Unit> units(PhaseContext context) {
    if (context.partitions().isEmpty()) {
      return List.of(new Unit(Optional.empty(), context.table().numRows()));
    }
    return context.partitions().stream()
        .map(p -> new Unit(Optional.of(p.value()), rows(p)))
        .toList();
  }

  private static long rows(Partition p) {
    return p.numRows().orElse(0);
  }

  private record Draw(Fate fate, double value, double failRate, double stallRate, double where) {
    /** The index of the statement at which the drawn fate strikes. */
    int at(int count) {
      return fate == Fate.SUCCEED ? -1 : (int) (where * count);
    }

    String injected(Phase phase) {
      return "MOCK failure injected in the " + phase.name().toLowerCase(Locale.ROOT)
          + " phase: draw " + String.format(Locale.ROOT, "%.4f", value) + " < "
          + ConfigItems.MOCK_FAIL_RATE + " " + failRate;
    }
  }

  private static Draw draw(PhaseContext context, Phase phase) {
    var cfg = MockConfig.of(context.source());
    long mixed = cfg.seed();
    mixed = mixed * 0x9E3779B97F4A7C15L + context.task().id().value();
    mixed = mixed * 0x9E3779B97F4A7C15L + phase.ordinal();
    mixed = mixed * 0x9E3779B97F4A7C15L + context.task().version();
    var random = new SplittableRandom(mixed);
    double value = random.nextDouble();
    var fate = value < cfg.failRate() ? Fate.FAIL
        : value < cfg.failRate() + cfg.stallRate() ? Fate.STALL : Fate.SUCCEED;
    return new Draw(fate, value, cfg.failRate(), cfg.stallRate(), random.nextDouble());
  }

  private static PhaseOutcome failed(List<Step> steps, String statement, String error) {
    steps.add(new Step(statement, error));
    return new PhaseOutcome.Failed(steps, error);
  }

  /** Hangs like a stuck statement would, until the worker cancels or interrupts the phase. */
  private static PhaseOutcome stall(PhaseContext context, List<Step> steps, String statement) {
    while (!context.cancellation().cancelled() && !Thread.currentThread().isInterrupted()) {
      LockSupport.parkNanos(STALL_CHECK_NANOS);
    }
    steps.add(new Step(statement, "stalled (MOCK: " + ConfigItems.MOCK_STALL_RATE + ") until interrupted"));
    return new PhaseOutcome.Cancelled(steps);
  }

  private static String destination(PhaseContext context) {
    return context.task().dstDbName() + "." + context.task().dstTableName();
  }

  private static String source(PhaseContext context) {
    return context.task().srcDbName() + "." + context.task().srcTableName();
  }

  private static String columns(PhaseContext context, List<Column> columns, boolean withTypes) {
    var mapping = context.job().config().columnMapping();
    return columns.stream()
        .map(c -> {
          var name = c.name().value();
          var target = mapping.getOrDefault(name, name);
          return withTypes ? target + " " + c.type() : name;
        })
        .collect(Collectors.joining(", "));
  }

  private static String literals(PhaseContext context, PartitionSpec spec, String separator) {
    var schema = context.table().schema();
    return spec.entries().stream()
        .map(e -> {
          boolean numeric = schema.partitionColumn(e.key()).map(c -> c.family().numeric()).orElse(false);
          return e.key() + "=" + (numeric ? e.value() : "'" + e.value().replace("'", "''") + "'");
        })
        .collect(Collectors.joining(separator));
  }
}
