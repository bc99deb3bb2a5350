package dev.mms.adapter.jdbc.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Bulk writes in batches, and long id lists cut into pieces a database accepts in one IN list. */
public final class Batches {
  /** Rows per JDBC batch and ids per IN list. */
  public static final int SIZE = 1000;

  private Batches() {}

  /** Runs {@code sql} once per row, its parameters bound by {@code bind}. */
  public static <T> void execute(
      Handle handle, String sql, Collection<T> rows, BiConsumer<PreparedBatch, T> bind) {
    for (var chunk : chunks(rows)) {
      var batch = handle.prepareBatch(sql);
      for (var row : chunk) {
        bind.accept(batch, row);
        batch.add();
      }
      batch.execute();
    }
  }

  public static <T> List<List<T>> chunks(Collection<T> items) {
    var out = new ArrayList<List<T>>();
    var current = new ArrayList<T>(Math.min(items.size(), SIZE));
    for (var item : items) {
      current.add(item);
      if (current.size() == SIZE) {
        out.add(current);
        current = new ArrayList<>(SIZE);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
