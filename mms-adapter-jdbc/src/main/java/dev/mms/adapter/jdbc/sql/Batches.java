package dev.mms.adapter.jdbc.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Bulk writes in batches, and long id lists cut into pieces a database accepts in one IN list. */
public final class Batches {
  /** Rows per JDBC batch and ids per IN list. */
  public static final int SIZE = 1000;

  private Batches() {}

  /** Runs {@code sql} once per row, binding each row's accessor methods by name. */
  public static void execute(Handle handle, String sql, Collection<?> rows) {
    for (var chunk : chunks(rows)) {
      var batch = handle.prepareBatch(sql);
      for (var row : chunk) {
        batch.bindMethods(row).add();
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
