package dev.mms.domain.filter;

import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.filter.Token.Kind;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive descent over {@code or := and (OR and)*; and := not (AND not)*; not := NOT* primary;
 * primary := '(' or ')' | predicate}, recording where each predicate's column and literals are.
 */
final class Parser {
  static final int MAX_NESTING = 100;
  static final int MAX_PREDICATES = 1000;

  /** Where the column and each literal of a predicate start, for the errors of the check. */
  record Located(Position column, List<Position> literals) {
    Located {
      literals = List.copyOf(literals);
    }
  }

  /** A parsed expression with the positions of its predicates, keyed by identity. */
  record Parsed(Expr expression, Map<Expr, Located> positions) {}

  private final String text;
  private final Lexer lexer;
  private final Map<Expr, Located> positions = new IdentityHashMap<>();
  private Token current;

  private Parser(String text) {
    this.text = text;
    this.lexer = new Lexer(text);
    this.current = lexer.next();
  }

  static Either<InvalidPartitionFilter, Parsed> parse(String text) {
    var parser = new Parser(text);
    return parser.or(0).flatMap(e -> parser.current.kind() == Kind.END
        ? Either.right(new Parsed(e, parser.positions))
        : parser.expected("AND, OR or end of input"));
  }

  private Either<InvalidPartitionFilter, Expr> or(int depth) {
    var first = and(depth);
    if (first.isLeft()) {
      return first;
    }
    Expr result = first.get();
    while (current.isKeyword("OR")) {
      advance();
      var next = and(depth);
      if (next.isLeft()) {
        return next;
      }
      result = new Expr.Or(result, next.get());
    }
    return Either.right(result);
  }

  private Either<InvalidPartitionFilter, Expr> and(int depth) {
    var first = not(depth);
    if (first.isLeft()) {
      return first;
    }
    Expr result = first.get();
    while (current.isKeyword("AND")) {
      advance();
      var next = not(depth);
      if (next.isLeft()) {
        return next;
      }
      result = new Expr.And(result, next.get());
    }
    return Either.right(result);
  }

  private Either<InvalidPartitionFilter, Expr> not(int depth) {
    int negations = 0;
    while (current.isKeyword("NOT")) {
      if (depth + ++negations > MAX_NESTING) {
        return tooDeep();
      }
      advance();
    }
    var operand = primary(depth + negations);
    int count = negations;
    return operand.map(e -> {
      Expr result = e;
      for (int i = 0; i < count; i++) {
        result = new Expr.Not(result);
      }
      return result;
    });
  }

  private Either<InvalidPartitionFilter, Expr> primary(int depth) {
    if (current.kind() != Kind.OPEN) {
      return predicate();
    }
    if (depth + 1 > MAX_NESTING) {
      return tooDeep();
    }
    advance();
    var inner = or(depth + 1);
    if (inner.isLeft()) {
      return inner;
    }
    if (current.kind() != Kind.CLOSE) {
      return expected("')'");
    }
    advance();
    return inner;
  }

  private Either<InvalidPartitionFilter, Expr> predicate() {
    if (!current.isColumn()) {
      return expected("a column name");
    }
    if (positions.size() == MAX_PREDICATES) {
      return error(current.position(),
          "more than " + MAX_PREDICATES + " conditions; use IN (…) for long lists of values");
    }
    var column = current.text();
    var at = new Location(current.position());
    advance();
    if (current.kind() == Kind.OPERATOR) {
      var op = Operator.ofSymbol(current.text());
      advance();
      return literal(at).map(l -> at.record(new Expr.Compare(column, op, l)));
    }
    if (current.isKeyword("IS")) {
      advance();
      boolean negated = skipKeyword("NOT");
      if (!current.isKeyword("NULL")) {
        return expected(negated ? "NULL" : "NOT or NULL");
      }
      advance();
      return Either.right(at.record(new Expr.IsNull(column, negated)));
    }
    boolean negated = skipKeyword("NOT");
    if (current.isKeyword("IN")) {
      advance();
      return inList(column, negated, at);
    }
    if (current.isKeyword("BETWEEN")) {
      advance();
      return literal(at).flatMap(low -> {
        if (!current.isKeyword("AND")) {
          return expected("AND");
        }
        advance();
        return literal(at).map(high -> at.record(new Expr.Between(column, negated, low, high)));
      });
    }
    if (current.isKeyword("LIKE")) {
      advance();
      if (current.kind() != Kind.STRING) {
        return expected("a quoted pattern");
      }
      var pattern = current.text();
      advance();
      return Either.right(at.record(new Expr.Like(column, negated, pattern)));
    }
    return expected(negated
        ? "IN, BETWEEN or LIKE after NOT"
        : "an operator (= <> != < <= > >=), IN, BETWEEN, LIKE or IS after column "
            + Printer.column(column));
  }

  private Either<InvalidPartitionFilter, Expr> inList(String column, boolean negated, Location at) {
    if (current.kind() != Kind.OPEN) {
      return expected("'(' to open the list of values");
    }
    advance();
    var literals = new ArrayList<Literal>();
    var first = literal(at);
    if (first.isLeft()) {
      return Either.left(first.getLeft());
    }
    literals.add(first.get());
    while (current.kind() == Kind.COMMA) {
      advance();
      var next = literal(at);
      if (next.isLeft()) {
        return Either.left(next.getLeft());
      }
      literals.add(next.get());
    }
    if (current.kind() != Kind.CLOSE) {
      return expected("',' or ')'");
    }
    advance();
    return Either.right(at.record(new Expr.In(column, negated, literals)));
  }

  private Either<InvalidPartitionFilter, Literal> literal(Location at) {
    var token = current;
    if (token.kind() == Kind.STRING || token.kind() == Kind.NUMBER) {
      at.literals.add(token.position());
      advance();
      return Either.right(token.kind() == Kind.STRING
          ? new Literal.Text(token.text())
          : Literal.Number.of(token.text()));
    }
    if (token.kind() == Kind.IDENTIFIER && !Lexer.isKeyword(token.text())) {
      return error(token.position(), "expected a value (a quoted string or a number), found "
          + token.text() + "; quote text values, as in '" + token.text() + "'");
    }
    return expected("a value (a quoted string or a number)");
  }

  private boolean skipKeyword(String keyword) {
    if (current.isKeyword(keyword)) {
      advance();
      return true;
    }
    return false;
  }

  private void advance() {
    current = lexer.next();
  }

  private <T> Either<InvalidPartitionFilter, T> expected(String what) {
    return current.kind() == Kind.ERROR
        ? error(current.position(), current.text())
        : error(current.position(), "expected " + what + ", found " + current.describe());
  }

  private <T> Either<InvalidPartitionFilter, T> tooDeep() {
    return error(current.position(), "nested more than " + MAX_NESTING + " levels deep");
  }

  private <T> Either<InvalidPartitionFilter, T> error(Position at, String problem) {
    return Either.left(new InvalidPartitionFilter("", text, at.line(), at.column(), problem));
  }

  /** Collects the positions of one predicate while it is parsed. */
  private final class Location {
    private final Position column;
    private final List<Position> literals = new ArrayList<>();

    Location(Position column) {
      this.column = column;
    }

    Expr record(Expr predicate) {
      positions.put(predicate, new Located(column, literals));
      return predicate;
    }
  }
}
