package dev.mms.application.port.out;

import dev.mms.application.port.query.DataSourceQuery;
import dev.mms.application.port.query.Page;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Option;

/** Data sources; deleting one removes only its row (the service deletes what hangs off it). */
public interface DataSourceRepository {
  void insert(DataSource source);

  void update(DataSource source);

  Option<DataSource> findById(SourceId id);

  /** Ordered by id. */
  Page<DataSource> find(DataSourceQuery query);

  void delete(SourceId id);
}
