package dev.mms.domain.filter;

import java.util.List;
import java.util.Objects;

/**
 * A partition-filter expression: one predicate on a partition column, or NOT/AND/OR of others.
 * Records compare structurally; column names keep the spelling the user wrote.
 */
public sealed interface Expr
    permits Expr.Compare, Expr.In, Expr.Between, Expr.Like, Expr.IsNull, Expr.Not, Expr.And,
        Expr.Or {

  <R> R accept(Visitor<R> visitor);

  /** The canonical text of this expression; parsing it gives back an equal expression. */
  default String render() {
    return Printer.render(this);
  }

  /** One method per kind of expression, so that every traversal is exhaustive. */
  interface Visitor<R> {
    R compare(Compare e);

    R in(In e);

    R between(Between e);

    R like(Like e);

    R isNull(IsNull e);

    R not(Not e);

    R and(And e);

    R or(Or e);
  }

  /** {@code column op literal}. */
  record Compare(String column, Operator op, Literal literal) implements Expr {
    public Compare {
      requireColumn(column);
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(literal, "literal");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.compare(this);
    }
  }

  /** {@code column [NOT] IN (l1, l2, …)} with at least one literal. */
  record In(String column, boolean negated, List<Literal> literals) implements Expr {
    public In {
      requireColumn(column);
      literals = List.copyOf(literals);
      if (literals.isEmpty()) {
        throw new IllegalArgumentException("IN needs at least one literal");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.in(this);
    }
  }

  /** {@code column [NOT] BETWEEN low AND high}, both ends included. */
  record Between(String column, boolean negated, Literal low, Literal high) implements Expr {
    public Between {
      requireColumn(column);
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.between(this);
    }
  }

  /** {@code column [NOT] LIKE 'pattern'}: {@code %} any text, {@code _} one character, {@code \} escapes. */
  record Like(String column, boolean negated, String pattern) implements Expr {
    public Like {
      requireColumn(column);
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.like(this);
    }
  }

  /** {@code column IS [NOT] NULL}: null is a missing value or Hive's default partition. */
  record IsNull(String column, boolean negated) implements Expr {
    public IsNull {
      requireColumn(column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.isNull(this);
    }
  }

  /** {@code NOT expr}. */
  record Not(Expr expr) implements Expr {
    public Not {
      Objects.requireNonNull(expr, "expr");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.not(this);
    }
  }

  /** {@code left AND right}. */
  record And(Expr left, Expr right) implements Expr {
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.and(this);
    }
  }

  /** {@code left OR right}. */
  record Or(Expr left, Expr right) implements Expr {
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.or(this);
    }
  }

  private static void requireColumn(String column) {
    Objects.requireNonNull(column, "column");
    if (column.isEmpty()) {
      throw new IllegalArgumentException("a column name must not be empty");
    }
  }
}
