package dev.mms.application.service;

import dev.mms.application.port.out.CatalogReaderPort;
import dev.mms.domain.catalog.CatalogSnapshot;
import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.ScannedDatabase;
import dev.mms.domain.catalog.ScannedPartition;
import dev.mms.domain.catalog.ScannedTable;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.name.DatabaseName;
import dev.mms.domain.name.TableName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntConsumer;

/**
 * A catalog reader of JDBC sources over a catalog the test sets: it answers scans with the part of
 * that catalog the scope covers, and connection tests with the source's URL (or the failure set).
 */
public final class FixedCatalogReader implements CatalogReaderPort {
  private volatile CatalogSnapshot catalog = new CatalogSnapshot(List.of());
  private volatile Optional<String> failure = Optional.empty();

  public void serve(CatalogSnapshot snapshot) {
    this.catalog = snapshot;
  }

  /** Every read and connection test from now on throws with {@code message}. */
  public void fail(String message) {
    this.failure = Optional.of(message);
  }

  @Override
  public boolean supports(DataSourceType type) {
    return type == DataSourceType.JDBC;
  }

  @Override
  public CatalogSnapshot read(DataSource source, ScanScope scope, IntConsumer progress) {
    failure.ifPresent(m -> {
      throw new IllegalStateException(m);
    });
    var dbs = new ArrayList<ScannedDatabase>();
    for (var db : catalog.databases()) {
      if (scope.database().map(db.name()::equals).orElse(true)) {
        var tables = db.tables().stream()
            .filter(t -> scope.tables().isEmpty() || scope.tables().contains(t.name()))
            .toList();
        dbs.add(new ScannedDatabase(db.name(), db.description(), db.owner(), db.location(),
            db.lastDdlTime(), tables));
      }
      progress.accept(5000);
    }
    return new CatalogSnapshot(dbs);
  }

  @Override
  public String testConnection(DataSource source) {
    failure.ifPresent(m -> {
      throw new IllegalStateException(m);
    });
    return "connected to " + source.config().get("jdbc.url").asText();
  }

  public static ScannedDatabase db(String name, ScannedTable... tables) {
    return new ScannedDatabase(new DatabaseName(name), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(tables));
  }

  public static ScannedTable plain(String name, long size) {
    return new ScannedTable(new TableName(name), "MANAGED_TABLE",
        new TableSchema(List.of(Column.of("id", "bigint")), List.of(), Optional.empty()),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), OptionalLong.of(size), OptionalLong.of(size), List.of());
  }

  /** A table partitioned by {@code ds} (a string) with one partition per value. */
  public static ScannedTable partitioned(String name, long partitionSize, String... dsValues) {
    var parts = new ArrayList<ScannedPartition>();
    for (var ds : dsValues) {
      parts.add(new ScannedPartition(PartitionSpec.of("ds", ds), Optional.empty(),
          OptionalLong.of(partitionSize), OptionalLong.of(partitionSize)));
    }
    return new ScannedTable(new TableName(name), "MANAGED_TABLE",
        new TableSchema(List.of(Column.of("id", "bigint")), List.of(Column.of("ds", "string")),
            Optional.empty()),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), parts);
  }
}
