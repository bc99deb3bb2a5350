package dev.mms.adapter.jdbc.sql;

import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** One page of a list query with its total, and ORDER BY clauses that always end on the id. */
public final class Paging {
  private Paging() {}

  /**
   * A sortable column. Rows without a value come last in either direction, ordered first by
   * {@code unknownLast}: 1 where the value is unknown, else 0. A stored column there lets an index
   * serve the whole ORDER BY; the computed {@code CASE} of a nullable column cannot.
   */
  public record SortColumn(String expression, Optional<String> unknownLast) {
    public SortColumn(String expression, boolean nullable) {
      this(expression, nullable
          ? Optional.of("CASE WHEN " + expression + " IS NULL THEN 1 ELSE 0 END")
          : Optional.empty());
    }
  }

  /**
   * Reads the page {@code request} asks for: {@code select} is the column list, {@code from} the
   * FROM part (with joins), {@code orderBy} a complete ORDER BY list ending with a unique key. A
   * page with room left that is not past the end is the last one, so its rows give the total
   * without a count: most lists fit in one page.
   */
  public static <R, T> Page<T> page(
      Handle handle, String select, String from, Criteria criteria, String orderBy,
      PageRequest request, RowMapper<R> rowMapper, Function<R, T> toDomain) {
    var rows = rows(handle, select, from, criteria, orderBy, request, rowMapper);
    boolean last = rows.size() < request.pageSize() && (!rows.isEmpty() || request.offset() == 0);
    long total = last ? request.offset() + rows.size() : count(handle, from, criteria);
    return new Page<>(rows.stream().map(toDomain).toList(), total, request);
  }

  /** How many rows {@code criteria} select from {@code from}. */
  public static long count(Handle handle, String from, Criteria criteria) {
    return criteria.bind(handle.createQuery("SELECT COUNT(*) FROM " + from + criteria.sql()))
        .mapTo(Long.class).one();
  }

  /**
   * The same with {@code total}, the number of rows {@code criteria} select, already known: from
   * a count the store keeps exactly, where counting the rows would take longer.
   */
  public static <R, T> Page<T> page(
      Handle handle, long total, String select, String from, Criteria criteria, String orderBy,
      PageRequest request, RowMapper<R> rowMapper, Function<R, T> toDomain) {
    if (total == 0 || request.offset() >= total) {
      return new Page<>(List.of(), total, request);
    }
    var rows = rows(handle, select, from, criteria, orderBy, request, rowMapper);
    return new Page<>(rows.stream().map(toDomain).toList(), total, request);
  }

  private static <R> List<R> rows(
      Handle handle, String select, String from, Criteria criteria, String orderBy,
      PageRequest request, RowMapper<R> rowMapper) {
    var sql = "SELECT " + select + " FROM " + from + criteria.sql() + " ORDER BY " + orderBy
        + (request.all() ? "" : " LIMIT " + request.pageSize() + " OFFSET " + request.offset());
    return criteria.bind(handle.createQuery(sql)).map(rowMapper).list();
  }

  /** The ORDER BY list for {@code sorts}, ending with {@code idColumn} ascending. */
  public static <F extends Enum<F>> String orderBy(
      List<Sort<F>> sorts, Function<F, SortColumn> columns, String idColumn) {
    var keys = new ArrayList<String>();
    for (var sort : sorts) {
      var column = columns.apply(sort.field());
      column.unknownLast().ifPresent(keys::add);
      keys.add(column.expression() + (sort.direction() == Direction.DESC ? " DESC" : " ASC"));
    }
    keys.add(idColumn + " ASC");
    return String.join(", ", keys);
  }
}
