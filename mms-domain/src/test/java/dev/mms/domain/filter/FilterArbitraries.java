package dev.mms.domain.filter;

import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TableSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators for filter expressions, literals, and partition specs of {@link #SCHEMA}. */
final class FilterArbitraries {

  /** A table whose partition columns have awkward names and all three type families. */
  static final TableSchema SCHEMA = new TableSchema(
      List.of(Column.of("payload", "string")),
      List.of(Column.of("n", "bigint"), Column.of("d", "decimal(10,2)"), Column.of("a", "string"),
          Column.of("order", "string")),
      Optional.empty());

  private static final List<String> NUMERIC_COLUMNS = List.of("n", "d");
  private static final List<String> TEXT_COLUMNS = List.of("a", "order");
  private static final List<String> TEXT_POOL =
      List.of("", "a", "b", "ab", "a%b", "10", "-3", "2022-03-04", "x y", "k=v", "A");
  private static final List<String> PATTERN_POOL =
      List.of("", "%", "a%", "%b", "_", "a_", "%a%", "\\%", "1%", "_b", "a%b%");

  private FilterArbitraries() {}


  static Arbitrary<Expr> expressions() {
    return Arbitraries.lazyOf(
        FilterArbitraries::predicates,
        FilterArbitraries::predicates,
        FilterArbitraries::predicates,
        () -> expressions().map(Expr.Not::new),
        () -> Combinators.combine(expressions(), expressions()).as(Expr.And::new),
        () -> Combinators.combine(expressions(), expressions()).as(Expr.Or::new));
  }

  static Arbitrary<Expr> predicates() {
    var column = columnNames();
    var literal = literals();
    var negated = Arbitraries.of(true, false);
    return Arbitraries.oneOf(
        Combinators.combine(column, Arbitraries.of(Operator.class), literal).as(Expr.Compare::new),
        Combinators.combine(column, negated, literal.list().ofMinSize(1).ofMaxSize(4))
            .as(Expr.In::new),
        Combinators.combine(column, negated, literal, literal).as(Expr.Between::new),
        Combinators.combine(column, negated, texts()).as(Expr.Like::new),
        Combinators.combine(column, negated).as(Expr.IsNull::new));
  }

  static Arbitrary<String> columnNames() {
    return Arbitraries.oneOf(
        Arbitraries.of("p1", "P1", "a", "i", "o", "r", "A", "index", "order", "and_x", "or_y",
            "in_z", "isx", "nullable", "notes", "likes", "between_", "_x", "dt", "é"),
        Arbitraries.of("and", "OR", "not", "In", "between", "like", "is", "NULL"),
        Arbitraries.of("dt-hour", "col with space", "back`tick", "1st", "a.b", "`"),
        Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(1).ofMaxLength(6));
  }

  static Arbitrary<Literal> literals() {
    return Arbitraries.oneOf(texts().map(Literal.Text::new), numbers().map(Literal.Number::new));
  }

  static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "2022-03-04", "a b", "x.y", "10:00:00", "a/b", "k=v", "it's", "\"",
            "\\", "\\n", "%_", "10", "-1.5"),
        Arbitraries.strings().all().ofMaxLength(8));
  }

  static Arbitrary<BigDecimal> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(BigDecimal::valueOf),
        Arbitraries.integers().between(-1000, 1000).map(BigDecimal::valueOf),
        Combinators.combine(Arbitraries.bigIntegers().between(
                BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
            Arbitraries.integers().between(0, 6)).as(BigDecimal::new));
  }


  static Arbitrary<Expr> typedExpressions() {
    return Arbitraries.lazyOf(
        FilterArbitraries::typedPredicates,
        FilterArbitraries::typedPredicates,
        FilterArbitraries::typedPredicates,
        () -> typedExpressions().map(Expr.Not::new),
        () -> Combinators.combine(typedExpressions(), typedExpressions()).as(Expr.And::new),
        () -> Combinators.combine(typedExpressions(), typedExpressions()).as(Expr.Or::new));
  }

  private static Arbitrary<Expr> typedPredicates() {
    return Arbitraries.oneOf(typedPredicates(NUMERIC_COLUMNS, numericLiterals()),
        typedPredicates(TEXT_COLUMNS, anyTypedLiteral()));
  }

  private static Arbitrary<Expr> typedPredicates(List<String> names, Arbitrary<Literal> literal) {
    var column = Arbitraries.of(names).flatMap(FilterArbitraries::anyCase);
    var negated = Arbitraries.of(true, false);
    return Arbitraries.oneOf(
        Combinators.combine(column, Arbitraries.of(Operator.class), literal).as(Expr.Compare::new),
        Combinators.combine(column, negated, literal.list().ofMinSize(1).ofMaxSize(4))
            .as(Expr.In::new),
        Combinators.combine(column, negated, literal, literal).as(Expr.Between::new),
        Combinators.combine(column, negated, Arbitraries.of(PATTERN_POOL)).as(Expr.Like::new),
        Combinators.combine(column, negated).as(Expr.IsNull::new));
  }

  private static Arbitrary<Literal> numericLiterals() {
    var small = Arbitraries.of("-3", "-1.5", "0", "1", "1.50", "2", "5", "10", ".5", "-0");
    return Arbitraries.oneOf(
        small.map(Literal.Number::of),
        small.map(Literal.Text::new),
        Arbitraries.of("123456789012345678901234", "-99999999999999999999")
            .map(Literal.Number::of));
  }

  private static Arbitrary<Literal> anyTypedLiteral() {
    return Arbitraries.oneOf(numericLiterals(), Arbitraries.of(TEXT_POOL).map(Literal.Text::new));
  }

  /**
   * Specs over SCHEMA's columns, each one maybe missing, null, a number, or not a number. A third
   * have exactly the table's partition columns in its order, as specs read from a catalog do.
   */
  static Arbitrary<PartitionSpec> specs() {
    var values = Arbitraries.oneOf(
        Arbitraries.of("-3", "-1", "0", "1", "2", "5", "10", "+2", "007"),
        Arbitraries.of("-1.5", "1.5", "1.50", "0.5", ".5", "5.", "-0.00"),
        Arbitraries.of("123456789012345678901234", "-99999999999999999999", "1e3", "abc", "1-2"),
        Arbitraries.of("9223372036854775808", "-999999999999999999", "0000000000000000000001",
            "0.5000000000000000000001", "+.5", "-.50", "."),
        Arbitraries.of(TEXT_POOL),
        Arbitraries.just(ColumnSlot.HIVE_DEFAULT_PARTITION));
    var inColumnOrder = values.list().ofSize(4).map(v ->
        PartitionSpec.of("n", v.get(0), "d", v.get(1), "a", v.get(2), "order", v.get(3)));
    return Arbitraries.frequencyOf(Tuple.of(1, inColumnOrder), Tuple.of(2, anyOrder(values)));
  }

  private static Arbitrary<PartitionSpec> anyOrder(Arbitrary<String> values) {
    var keys = List.of("n", "d", "a", "order", "other");
    var maybeValues = values.optional(0.85).list().ofSize(keys.size());
    return Combinators.combine(maybeValues, Arbitraries.shuffle(keys),
            Arbitraries.strings().withChars("ul").ofLength(keys.size()))
        .as((vals, order, cases) -> {
          var entries = new ArrayList<PartitionSpec.Entry>();
          for (int i = 0; i < order.size(); i++) {
            var key = cases.charAt(i) == 'u' ? order.get(i).toUpperCase(Locale.ROOT) : order.get(i);
            int at = i;
            vals.get(i).ifPresent(v -> entries.add(new PartitionSpec.Entry(key, v)));
            if (entries.isEmpty() && at == order.size() - 1) {
              entries.add(new PartitionSpec.Entry("other", "x"));
            }
          }
          return new PartitionSpec(entries);
        });
  }

  private static Arbitrary<String> anyCase(String name) {
    return Arbitraries.of(name, name.toUpperCase(Locale.ROOT));
  }
}
