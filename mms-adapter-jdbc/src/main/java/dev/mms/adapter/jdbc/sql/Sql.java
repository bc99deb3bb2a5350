package dev.mms.adapter.jdbc.sql;

import java.util.Arrays;
import java.util.stream.Collectors;

/** SQL text written once from a column list, so column names and parameter names cannot drift. */
public final class Sql {
  private Sql() {}

  /**
   * {@code INSERT INTO table (a_b, c) VALUES (:aB, :c)}: each column binds the row accessor of the
   * same name in camel case.
   */
  public static String insert(String table, String columns) {
    var names = names(columns);
    return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
        + Arrays.stream(names).map(n -> ":" + camel(n)).collect(Collectors.joining(", ")) + ")";
  }

  /** {@code UPDATE table SET a_b = :aB, … WHERE id = :id}: every column but {@code id} is written. */
  public static String updateById(String table, String columns) {
    var assigned = Arrays.stream(names(columns)).filter(n -> !n.equals("id"))
        .collect(Collectors.joining(", "));
    return "UPDATE " + table + " SET " + assignments(assigned) + " WHERE id = :id";
  }

  /** {@code a_b = :aB, c = :c} for an UPDATE. */
  public static String assignments(String columns) {
    return Arrays.stream(names(columns)).map(n -> n + " = :" + camel(n))
        .collect(Collectors.joining(", "));
  }

  /** {@code a_b = :aB AND c = :c}: a WHERE clause matching every column to its parameter. */
  public static String matches(String columns) {
    return Arrays.stream(names(columns)).map(n -> n + " = :" + camel(n))
        .collect(Collectors.joining(" AND "));
  }

  /** The columns qualified by a table alias: {@code t.a, t.b}. */
  public static String qualified(String alias, String columns) {
    return Arrays.stream(names(columns)).map(n -> alias + "." + n).collect(Collectors.joining(", "));
  }

  static String[] names(String columns) {
    return Arrays.stream(columns.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  static String camel(String snake) {
    var sb = new StringBuilder(snake.length());
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }
}
