package dev.mms.adapter.jdbc.store;

import dev.mms.adapter.jdbc.sql.Db;
import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.Sequence;
import java.util.HashSet;

/**
 * Ids from {@code mms_sequence}: a reservation moves a sequence's row forward by the block size
 * under its row lock, in a transaction of its own, so concurrent processes get disjoint contiguous
 * blocks and a caller's rollback never hands the same ids out twice.
 *
 * <p>Where the database allows it, a reservation's commit does not wait for its log flush: the
 * row lock is then held for microseconds instead of a disk flush, which every writer of task logs
 * queued behind. That is safe because ids matter only once a row holding them is stored, and the
 * commit that stores it flushes the log up to itself, the earlier reservation included. A crash
 * before that loses only ids nothing holds.
 */
final class JdbcIdGenerator implements IdGenerator {
  private final Db db;

  JdbcIdGenerator(Db db) {
    this.db = db;
  }

  /** Adds the rows of sequences the database does not have yet (each starts at 1). */
  void createMissingSequences() {
    var existing = new HashSet<>(db.inSeparateTransaction(h ->
        h.createQuery("SELECT name FROM mms_sequence").mapTo(String.class).list()));
    for (var s : Sequence.values()) {
      if (!existing.contains(s.name())) {
        try {
          db.inSeparateTransaction(h -> h.createUpdate(
                  "INSERT INTO mms_sequence (name, next_value) VALUES (:name, 1)")
              .bind("name", s.name()).execute());
        } catch (RuntimeException e) {
          // Another process starting at the same time may have added it; that is as good.
          if (!exists(s)) {
            throw e;
          }
        }
      }
    }
  }

  private boolean exists(Sequence s) {
    return db.inSeparateTransaction(h -> h.createQuery("SELECT COUNT(*) FROM mms_sequence WHERE name = :name")
        .bind("name", s.name()).mapTo(Integer.class).one()) > 0;
  }

  @Override
  public long reserve(Sequence sequence, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("reserve at least one id, got " + count);
    }
    return db.inSeparateTransactionWithoutFlushWait(h -> {
      int changed = h.createUpdate("UPDATE mms_sequence SET next_value = next_value + :n WHERE name = :name")
          .bind("n", count)
          .bind("name", sequence.name())
          .execute();
      if (changed != 1) {
        throw new IllegalStateException("sequence " + sequence + " is missing from mms_sequence");
      }
      long next = h.createQuery("SELECT next_value FROM mms_sequence WHERE name = :name")
          .bind("name", sequence.name())
          .mapTo(Long.class)
          .one();
      return next - count;
    });
  }
}
