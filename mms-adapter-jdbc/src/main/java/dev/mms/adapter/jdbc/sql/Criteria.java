package dev.mms.adapter.jdbc.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The WHERE clause of a query built from optional filters, with its named parameters. Collections
 * are expanded into one parameter per element, so no template engine is involved.
 */
public final class Criteria {
  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> binds = new LinkedHashMap<>();
  private int generated;

  /** A condition with no parameter of its own. */
  public Criteria where(String clause) {
    clauses.add(clause);
    return this;
  }

  /** A condition using {@code :name}, bound to {@code value}. */
  public Criteria where(String clause, String name, Object value) {
    clauses.add(clause);
    binds.put(name, value);
    return this;
  }

  /** Binds a parameter that a condition added elsewhere uses. */
  public Criteria with(String name, Object value) {
    binds.put(name, value);
    return this;
  }

  public <T> Criteria whereIf(Optional<T> value, String clause, String name) {
    value.ifPresent(v -> where(clause, name, v));
    return this;
  }

  /** {@code column IN (…)}; an empty collection matches nothing. */
  public Criteria whereIn(String column, Collection<?> values) {
    if (values.isEmpty()) {
      return where("1 = 0");
    }
    return where(column + " IN (" + expand(values) + ")");
  }

  /** {@code column NOT IN (…)}; an empty collection excludes nothing. */
  public Criteria whereNotIn(String column, Collection<?> values) {
    return values.isEmpty() ? this : where(column + " NOT IN (" + expand(values) + ")");
  }

  /** Case-insensitive substring match of {@code column} against {@code text}. */
  public Criteria whereContains(String column, Optional<String> text) {
    text.ifPresent(t -> {
      var name = nextName();
      where("LOWER(" + column + ") LIKE :" + name + " ESCAPE '!'", name,
          containsPattern(t));
    });
    return this;
  }

  /** The clause ({@code " WHERE …"}), or nothing when there is no condition. */
  public String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  public <S extends SqlStatement<S>> S bind(S statement) {
    binds.forEach(statement::bind);
    return statement;
  }

  /** {@code :p1, :p2, …} for the values, which are bound when the criteria are. */
  public String expand(Collection<?> values) {
    var joiner = new StringJoiner(", ");
    for (var v : values) {
      var name = nextName();
      binds.put(name, v);
      joiner.add(":" + name);
    }
    return joiner.toString();
  }

  private String nextName() {
    return "c" + (++generated);
  }

  /** The LIKE pattern (escape character {@code !}) matching lower-cased text containing {@code text}. */
  public static String containsPattern(String text) {
    return "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
