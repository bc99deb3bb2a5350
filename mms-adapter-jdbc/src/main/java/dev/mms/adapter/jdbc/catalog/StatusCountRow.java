package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.ColumnReader;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.StatusCounts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.jdbi.v3.core.mapper.RowMapper;

/** How many children of one parent are in one status: a row of a GROUP BY count. */
record StatusCountRow(long parentId, String status, long n) {
  /** Reads the parent's id, the status and the count, in the order the counting queries select them. */
  static final RowMapper<StatusCountRow> MAPPER =
      ColumnReader.mapper(in -> new StatusCountRow(in.nextLong(), in.nextString(), in.nextLong()));

  /** The rows folded into counts per parent. */
  static <K> Map<K, StatusCounts> fold(Collection<StatusCountRow> rows, LongFunction<K> key) {
    var perParent = new HashMap<Long, int[]>();
    for (var r : rows) {
      perParent.computeIfAbsent(r.parentId(), p -> new int[MigrationStatus.values().length])
          [MigrationStatus.valueOf(r.status()).ordinal()] += Math.toIntExact(r.n());
    }
    var out = new HashMap<K, StatusCounts>();
    perParent.forEach((parent, n) -> out.put(key.apply(parent), new StatusCounts(
        n[0] + n[1] + n[2] + n[3] + n[4],
        n[MigrationStatus.INIT.ordinal()], n[MigrationStatus.DOING.ordinal()],
        n[MigrationStatus.DONE.ordinal()], n[MigrationStatus.FAILED.ordinal()],
        n[MigrationStatus.PART_DONE.ordinal()])));
    return out;
  }
}
