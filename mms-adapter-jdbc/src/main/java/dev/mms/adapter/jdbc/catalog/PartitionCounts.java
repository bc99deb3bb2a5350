package dev.mms.adapter.jdbc.catalog;

import dev.mms.adapter.jdbc.sql.Batches;
import dev.mms.adapter.jdbc.sql.ColumnReader;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.adapter.jdbc.sql.RowCodec;
import dev.mms.adapter.jdbc.sql.Sql;
import dev.mms.domain.catalog.MigrationStatus;
import dev.mms.domain.catalog.StatusCounts;
import dev.mms.domain.source.SourceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;

/**
 * The {@code mms_partition_count} rows: how many live (not deleted) partitions there are under
 * each {@link Key}, the columns of a partition that lists filter by and a count can decide. Every
 * write of {@code mms_partition} ({@link JdbcPartitionRepository}) changes them in the same
 * transaction by what it changed, so they count the stored partitions exactly:
 *
 * <ul>
 *   <li>what an update or a delete takes off is read under the partition rows' locks
 *       ({@link #lock}), so two writers of one partition each take off what the other left;
 *   <li>a write takes its sources' catalog locks first ({@link CatalogLock}), then partition rows,
 *       then count rows in {@link Key#ORDER}: writers of one source queue on its lock instead of
 *       racing to create one count row or deadlocking on partition and count rows, and deleting a
 *       source's partitions waits for a write adding some, then deletes them too.
 * </ul>
 *
 * <p>A row that comes down to zero stays: a table's partitions pass through DOING one task at a
 * time, and creating and deleting that row for each of them cost the scheduler three statements
 * per task (issue #7).
 */
final class PartitionCounts {
  private static final String ADD = "UPDATE mms_partition_count SET n = n + :n WHERE "
      + Sql.matches(Key.COLUMNS);
  private static final String INSERT = Sql.insert("mms_partition_count", Key.COLUMNS + ", n");

  private PartitionCounts() {}

  /** What a live partition is counted under. */
  record Key(long sourceId, long dbId, String dbName, long tableId, String tableName,
             String status, boolean updated) {
    static final String COLUMNS = "source_id, db_id, db_name, table_id, table_name, status, updated";
    static final RowCodec<Key> CODEC = RowCodec.of(Key.class, COLUMNS,
        in -> new Key(in.nextLong(), in.nextLong(), in.nextString(), in.nextLong(),
            in.nextString(), in.nextString(), in.nextBoolean()),
        (k, out) -> out.add(k.sourceId).add(k.dbId).add(k.dbName).add(k.tableId).add(k.tableName)
            .add(k.status).add(k.updated));
    /** The order every write locks count rows in, so that no two deadlock on them. */
    static final Comparator<Key> ORDER = Comparator.comparingLong(Key::tableId)
        .thenComparing(Key::status)
        .thenComparing(Key::updated)
        .thenComparingLong(Key::sourceId)
        .thenComparingLong(Key::dbId)
        .thenComparing(Key::dbName)
        .thenComparing(Key::tableName);

    /** What the row is counted under; nothing when it is deleted. */
    static Optional<Key> of(PartitionRow r) {
      return r.deleted() ? Optional.empty() : Optional.of(new Key(r.sourceId(), r.dbId(),
          r.dbName(), r.tableId(), r.tableName(), r.status(), r.updated()));
    }

    /** The key after the partition's status is set, which for DONE clears {@code updated}. */
    Key withStatus(MigrationStatus next) {
      return new Key(sourceId, dbId, dbName, tableId, tableName, next.name(),
          next != MigrationStatus.DONE && updated);
    }
  }

  /**
   * Locks the stored partitions among {@code ids} and answers what each is counted under, by id
   * (nothing for a deleted one).
   */
  static Map<Long, Optional<Key>> lock(Handle h, List<Long> ids) {
    var out = new LinkedHashMap<Long, Optional<Key>>();
    for (var chunk : Batches.chunks(ids)) {
      var c = new Criteria().whereIn("id", chunk);
      c.bind(h.createQuery("SELECT id, deleted, " + Key.COLUMNS + " FROM mms_partition" + c.sql()
              + " FOR UPDATE"))
          .map(ColumnReader.mapper(in -> {
            long id = in.nextLong();
            boolean deleted = in.nextBoolean();
            var key = Key.CODEC.read(in);
            return Map.entry(id, deleted ? Optional.<Key>empty() : Optional.of(key));
          }))
          .forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** The sources of the stored partitions among {@code ids}. */
  static List<Long> sourcesOf(Handle h, List<Long> ids) {
    var out = new ArrayList<Long>();
    for (var chunk : Batches.chunks(ids)) {
      var c = new Criteria().whereIn("id", chunk);
      out.addAll(c.bind(h.createQuery("SELECT DISTINCT source_id FROM mms_partition" + c.sql()))
          .mapTo(Long.class)
          .list());
    }
    return out;
  }

  /** The net change of each count that one write makes. */
  static final class Changes {
    private final Map<Key, Long> net = new TreeMap<>(Key.ORDER);

    void add(Optional<Key> key) {
      key.ifPresent(k -> net.merge(k, 1L, Long::sum));
    }

    void remove(Optional<Key> key) {
      key.ifPresent(k -> net.merge(k, -1L, Long::sum));
    }

    /** Writes the changes, in key order. */
    void apply(Handle h) {
      net.forEach((key, n) -> {
        if (n != 0) {
          change(h, key, n);
        }
      });
    }
  }

  private static void change(Handle h, Key key, long n) {
    int changed = Key.CODEC.bind(h.createUpdate(ADD), key).bind("n", n).execute();
    if (changed == 0) {
      if (n < 0) {
        throw new IllegalStateException("no partition is counted under " + key + " to take "
            + -n + " off");
      }
      Key.CODEC.bind(h.createUpdate(INSERT), key).bind("n", n).execute();
    }
  }

  /**
   * The counts of live partitions per status of each parent among {@code ids}, none for a parent
   * without any: {@code column} is {@code table_id} or {@code db_id}.
   */
  static <K> Map<K, StatusCounts> byParent(Handle h, String column, List<Long> ids,
      LongFunction<K> key) {
    var out = new HashMap<K, StatusCounts>();
    for (var chunk : Batches.chunks(ids)) {
      var c = new Criteria().whereIn(column, chunk);
      var rows = c.bind(h.createQuery("SELECT " + column + " AS parent_id, status, SUM(n) AS n"
              + " FROM mms_partition_count" + c.sql() + " GROUP BY " + column + ", status"
              + " HAVING SUM(n) > 0"))
          .map(StatusCountRow.MAPPER)
          .list();
      out.putAll(StatusCountRow.fold(rows, key));
    }
    return out;
  }

  static void deleteBySource(Handle h, SourceId source) {
    h.createUpdate("DELETE FROM mms_partition_count WHERE source_id = :source")
        .bind("source", source.value())
        .execute();
  }
}
