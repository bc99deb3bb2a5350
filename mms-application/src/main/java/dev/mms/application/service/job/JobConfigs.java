package dev.mms.application.service.job;

import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.service.Inputs;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.name.ColumnName;
import dev.mms.domain.name.TableName;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Turns the config a caller gave (for a job or a timer) into a {@link JobConfig}, naming every bad entry. */
public final class JobConfigs {

  private JobConfigs() {}

  public static Validation<DomainError, JobConfig> from(JobConfigInput input) {
    var defaults = JobConfig.defaults();
    var checks = new ArrayList<Validation<DomainError, ?>>();
    var tables = names("tables", input.tables(), checks);
    var whiteList = names("tableWhiteList", input.tableWhiteList(), checks);
    var blackList = names("tableBlackList", input.tableBlackList(), checks);
    var partitions = new ArrayList<PartitionId>();
    input.partitions().forEach(raw -> {
      var id = PartitionId.of("partitions", raw);
      checks.add(id);
      id.forEach(partitions::add);
    });
    var filters = map(input.partitionFilters(),
        k -> TableName.of("partitionFilters", k), Validation::valid, checks);
    var tableMapping = map(input.tableMapping(),
        k -> TableName.of("tableMapping", k), v -> TableName.of("tableMapping." + v, v), checks);
    var columnMapping = map(input.columnMapping(),
        k -> ColumnName.of("columnMapping", k).map(ColumnName::value),
        v -> ColumnName.of("columnMapping." + v, v).map(ColumnName::value), checks);
    var problems = Inputs.problems(checks);
    if (problems.isDefined()) {
      return Validation.invalid(problems.get());
    }
    return Validation.valid(new JobConfig(tables, partitions, whiteList, blackList, filters,
        tableMapping, columnMapping,
        input.increment().orElse(defaults.increment()),
        input.enableVerification().orElse(defaults.enableVerification()),
        input.enableSchemaMigration().orElse(defaults.enableSchemaMigration()),
        input.enableDataMigration().orElse(defaults.enableDataMigration()),
        input.schemaOnly().orElse(defaults.schemaOnly()),
        Inputs.text(input.taskType()), Optional.empty(), input.others()));
  }

  private static List<TableName> names(
      String field, List<String> raw, List<Validation<DomainError, ?>> checks) {
    var names = new ArrayList<TableName>();
    for (var r : raw) {
      var name = TableName.of(field, r);
      checks.add(name);
      name.forEach(n -> {
        if (!names.contains(n)) {
          names.add(n);
        }
      });
    }
    return names;
  }

  private static <K, V> Map<K, V> map(
      Map<String, String> raw, Function<String, Validation<DomainError, K>> key,
      Function<String, Validation<DomainError, V>> value, List<Validation<DomainError, ?>> checks) {
    var out = new LinkedHashMap<K, V>();
    raw.forEach((k, v) -> {
      var parsedKey = key.apply(k);
      var parsedValue = value.apply(v);
      checks.add(parsedKey);
      checks.add(parsedValue);
      if (parsedKey.isValid() && parsedValue.isValid()) {
        out.put(parsedKey.get(), parsedValue.get());
      }
    });
    return out;
  }
}
