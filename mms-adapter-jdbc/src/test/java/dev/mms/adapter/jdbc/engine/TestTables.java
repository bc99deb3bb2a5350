package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.engine.EngineTestDatabases.Engine;
import dev.mms.adapter.jdbc.engine.EngineTestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The table the engine tests move: one column of each type family the type mapping covers,
 * partitioned by {@code ds}, with values that stress the copy (NULLs, empty strings, quotes,
 * commas, new lines, non-ASCII text, bytes).
 */
final class TestTables {
  static final List<String> COLUMNS =
      List.of("id", "ds", "kind", "amount", "qty", "flag", "at", "note", "payload");
  static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  static final LocalDate D2 = LocalDate.of(2024, 1, 2);

  private TestTables() {}

  /** Creates {@code namespace.table} with {@code kind} as VARCHAR({@code kindLength}). */
  static void create(TestDatabase db, String namespace, String table, int kindLength) {
    var e = db.engine();
    var types = List.of(
        "BIGINT NOT NULL",
        "DATE",
        "VARCHAR(" + kindLength + ")",
        e == Engine.MARIADB ? "DECIMAL(12,2)" : "NUMERIC(12,2)",
        "INT",
        "BOOLEAN",
        switch (e) {
          case H2 -> "TIMESTAMP";
          case POSTGRESQL -> "timestamp";
          case MARIADB -> "DATETIME(6)";
        },
        switch (e) {
          case H2 -> "CHARACTER VARYING";
          case POSTGRESQL, MARIADB -> "TEXT";
        },
        switch (e) {
          case H2 -> "VARBINARY(100)";
          case POSTGRESQL -> "bytea";
          case MARIADB -> "BLOB";
        });
    var columns = new StringBuilder();
    for (int i = 0; i < COLUMNS.size(); i++) {
      columns.append(i == 0 ? "" : ", ").append(db.quote(COLUMNS.get(i))).append(' ')
          .append(types.get(i));
    }
    db.execute("CREATE TABLE " + db.qualified(namespace, table) + " (" + columns + ")");
  }

  /** A row whose values follow from {@code id}. */
  static List<Object> row(long id, LocalDate ds, String kind) {
    String note = switch ((int) (id % 4)) {
      case 0 -> "line1\nline2, \"quoted\"; \\ back";
      case 1 -> "";
      case 2 -> null;
      default -> "ünïcødé ✓ " + id;
    };
    return Arrays.asList(id, ds, kind, new BigDecimal(id + ".25"),
        id % 5 == 0 ? null : (int) (id % 7), id % 2 == 0,
        LocalDateTime.of(2024, 1, 1, 10, 0).plusSeconds(id).plusNanos(123_456_000), note,
        id % 3 == 0 ? null : new byte[] {(byte) id, 0, (byte) 255});
  }

  static void insert(TestDatabase db, String namespace, String table, List<List<Object>> rows) {
    db.insert(db.qualified(namespace, table), COLUMNS, rows);
  }
}
