package dev.mms.adapter.jdbc.sql;

import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Arguments for the parameter types the store binds: long, int, boolean, String and their boxes,
 * a null as a null of the matching SQL type. Registered last, JDBI asks it first. JDBI starts
 * every statement with an empty cache of argument factories, so without it each statement walks
 * all of JDBI's factories once per parameter type (and builds a fresh SQL array configuration on
 * the way): in a profile of GetMmsJob's reads that cost as much CPU as executing them (issue #7).
 */
public final class StoreArguments implements ArgumentFactory.Preparable {
  private static final Function<Object, Argument> LONG =
      typed(Types.BIGINT, (s, position, v) -> s.setLong(position, (Long) v));
  private static final Function<Object, Argument> INT =
      typed(Types.INTEGER, (s, position, v) -> s.setInt(position, (Integer) v));
  private static final Function<Object, Argument> BOOLEAN =
      typed(Types.BOOLEAN, (s, position, v) -> s.setBoolean(position, (Boolean) v));
  private static final Function<Object, Argument> STRING =
      typed(Types.VARCHAR, (s, position, v) -> s.setString(position, (String) v));
  private static final Map<Type, Function<Object, Argument>> BY_TYPE = Map.of(
      long.class, LONG, Long.class, LONG, int.class, INT, Integer.class, INT,
      boolean.class, BOOLEAN, Boolean.class, BOOLEAN, String.class, STRING);

  @Override
  public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  @FunctionalInterface
  private interface Setter {
    void set(PreparedStatement statement, int position, Object value) throws SQLException;
  }

  private static Function<Object, Argument> typed(int sqlType, Setter setter) {
    return value -> value == null
        ? (position, statement, ctx) -> statement.setNull(position, sqlType)
        : (position, statement, ctx) -> setter.set(statement, position, value);
  }
}
