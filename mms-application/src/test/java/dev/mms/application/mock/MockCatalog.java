package dev.mms.application.mock;

import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.Sequence;
import dev.mms.domain.catalog.Database;
import dev.mms.domain.catalog.DatabaseId;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.PartitionId;
import dev.mms.domain.catalog.ScanScope;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableId;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.source.ConfigValue;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceStatus;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A MOCK source and its catalog as stored rows, for tests that need a scanned catalog without
 * the scan service: what {@link MockCatalogReader} reads, turned into databases, tables and
 * partitions with ids from {@code ids}.
 */
public record MockCatalog(DataSource source, List<Database> databases, List<Table> tables,
    List<Partition> partitions) {

  public static DataSource source(long id, Map<String, String> config, Instant now) {
    var values = new LinkedHashMap<String, ConfigValue>();
    config.forEach((k, v) -> values.put(k, ConfigValue.text(v)));
    return new DataSource(new SourceId(id), new SourceName("mock_" + id), DataSourceType.MOCK,
        Optional.empty(), Optional.empty(), DataSourceStatus.STARTED, Optional.empty(), values,
        now, Optional.empty(), Optional.empty());
  }

  public static MockCatalog of(DataSource source, IdGenerator ids, Instant now) {
    var snapshot = new MockCatalogReader().read(source, ScanScope.WHOLE_SOURCE, p -> { });
    var databases = new ArrayList<Database>();
    var tables = new ArrayList<Table>();
    var partitions = new ArrayList<Partition>();
    for (var d : snapshot.databases()) {
      var db = new Database(new DatabaseId(ids.next(Sequence.DATABASE)), source.id(), d.name(),
          d.description(), d.owner(), d.location(), Optional.empty(), d.lastDdlTime(), 0, 0,
          MigrationStatus.INIT, false, Optional.empty(), Optional.empty(), now, now, false);
      databases.add(db);
      for (var t : d.tables()) {
        var table = new Table(new TableId(ids.next(Sequence.TABLE)), source.id(), db.id(), db.name(),
            t.name(), t.type(), t.schema(), t.owner(), t.location(), t.inputFormat(),
            t.outputFormat(), t.serde(), t.extra(), t.lastDdlTime(), t.numRows().orElse(0),
            t.size().orElse(0), MigrationStatus.INIT, false, Optional.empty(), Optional.empty(),
            Optional.empty(), now, now, false);
        tables.add(table);
        for (var p : t.partitions()) {
          partitions.add(new Partition(new PartitionId(ids.next(Sequence.PARTITION)), source.id(),
              db.id(), db.name(), table.id(), table.name(), p.spec(), p.lastDdlTime(), p.numRows(),
              p.size(), MigrationStatus.INIT, false, now, now, false));
        }
      }
    }
    return new MockCatalog(source, databases, tables, partitions);
  }

  public List<Partition> partitionsOf(Table table) {
    return partitions.stream().filter(p -> p.tableId().equals(table.id())).toList();
  }
}
