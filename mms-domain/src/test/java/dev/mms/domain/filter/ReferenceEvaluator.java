package dev.mms.domain.filter;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.catalog.TypeFamily;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deliberately plain evaluator of the filter semantics, written apart from the production one:
 * regular expressions for number syntax and LIKE, BigDecimal everywhere, Kleene logic.
 */
final class ReferenceEvaluator implements Expr.Visitor<ReferenceEvaluator.Truth> {
  enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    static Truth of(boolean b) {
      return b ? TRUE : FALSE;
    }

    FilterOutcome asOutcomeKind() {
      return switch (this) {
        case TRUE -> FilterOutcome.MATCH;
        case FALSE -> FilterOutcome.NO_MATCH;
        case UNKNOWN -> new FilterOutcome.Unreadable("any");
      };
    }
  }

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private final TableSchema schema;
  private final PartitionSpec spec;

  ReferenceEvaluator(TableSchema schema, PartitionSpec spec) {
    this.schema = schema;
    this.spec = spec;
  }

  static Truth evaluate(Expr e, TableSchema schema, PartitionSpec spec) {
    return e.accept(new ReferenceEvaluator(schema, spec));
  }

  @Override
  public Truth compare(Expr.Compare e) {
    return onValue(e.column(), false, true, v -> e.op().holds(compare(e.column(), v, e.literal())));
  }

  @Override
  public Truth in(Expr.In e) {
    return onValue(e.column(), e.negated(), true,
        v -> e.literals().stream().anyMatch(l -> compare(e.column(), v, l) == 0));
  }

  @Override
  public Truth between(Expr.Between e) {
    return onValue(e.column(), e.negated(), true,
        v -> compare(e.column(), v, e.low()) >= 0 && compare(e.column(), v, e.high()) <= 0);
  }

  @Override
  public Truth like(Expr.Like e) {
    var compiled = likeRegex(e.pattern());
    return onValue(e.column(), e.negated(), false, v -> compiled.matcher(v).matches());
  }

  /** A LIKE pattern as a regular expression over code points. */
  static Pattern likeRegex(String pattern) {
    var regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); ) {
      int cp = pattern.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\\' && i < pattern.length()) {
        int next = pattern.codePointAt(i);
        i += Character.charCount(next);
        regex.append(Pattern.quote(new String(Character.toChars(next))));
      } else if (cp == '%') {
        regex.append(".*");
      } else if (cp == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(new String(Character.toChars(cp))));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  @Override
  public Truth isNull(Expr.IsNull e) {
    return Truth.of(value(e.column()).isEmpty() != e.negated());
  }

  @Override
  public Truth not(Expr.Not e) {
    return switch (e.expr().accept(this)) {
      case TRUE -> Truth.FALSE;
      case FALSE -> Truth.TRUE;
      case UNKNOWN -> Truth.UNKNOWN;
    };
  }

  @Override
  public Truth and(Expr.And e) {
    var l = e.left().accept(this);
    var r = e.right().accept(this);
    if (l == Truth.FALSE || r == Truth.FALSE) {
      return Truth.FALSE;
    }
    return l == Truth.TRUE && r == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN;
  }

  @Override
  public Truth or(Expr.Or e) {
    var l = e.left().accept(this);
    var r = e.right().accept(this);
    if (l == Truth.TRUE || r == Truth.TRUE) {
      return Truth.TRUE;
    }
    return l == Truth.FALSE && r == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
  }

  /**
   * The column an unreadable outcome names: the first column in the text that a comparison, IN
   * or BETWEEN reads as a number and whose value is present but not a number.
   */
  static Optional<String> firstUnreadableColumn(Expr e, TableSchema schema, PartitionSpec spec) {
    var evaluator = new ReferenceEvaluator(schema, spec);
    return e.accept(new NumericColumns()).map(c -> schema.partitionColumn(c).orElseThrow())
        .filter(c -> c.family().numeric())
        .filter(c -> evaluator.value(c.name().value())
            .filter(v -> !evaluator.readable(c.name().value(), v)).isPresent())
        .map(c -> c.name().value())
        .findFirst();
  }

  /** The columns of comparisons, IN and BETWEEN, in text order. */
  private static final class NumericColumns implements Expr.Visitor<Stream<String>> {
    @Override
    public Stream<String> compare(Expr.Compare e) {
      return Stream.of(e.column());
    }

    @Override
    public Stream<String> in(Expr.In e) {
      return Stream.of(e.column());
    }

    @Override
    public Stream<String> between(Expr.Between e) {
      return Stream.of(e.column());
    }

    @Override
    public Stream<String> like(Expr.Like e) {
      return Stream.empty();
    }

    @Override
    public Stream<String> isNull(Expr.IsNull e) {
      return Stream.empty();
    }

    @Override
    public Stream<String> not(Expr.Not e) {
      return e.expr().accept(this);
    }

    @Override
    public Stream<String> and(Expr.And e) {
      return Stream.concat(e.left().accept(this), e.right().accept(this));
    }

    @Override
    public Stream<String> or(Expr.Or e) {
      return Stream.concat(e.left().accept(this), e.right().accept(this));
    }
  }

  private interface ValuePredicate {
    boolean test(String value);
  }

  private Truth onValue(String column, boolean negated, boolean typed, ValuePredicate predicate) {
    var value = value(column);
    if (value.isEmpty()) {
      return Truth.FALSE;
    }
    var v = value.get();
    if (typed && !readable(column, v)) {
      return Truth.UNKNOWN;
    }
    return Truth.of(predicate.test(v) != negated);
  }

  private Optional<String> value(String column) {
    return spec.value(column).filter(v -> !v.equals("__HIVE_DEFAULT_PARTITION__"));
  }

  private TypeFamily family(String column) {
    return schema.partitionColumn(column).orElseThrow().family();
  }

  private boolean readable(String column, String value) {
    return switch (family(column)) {
      case INTEGER -> INTEGER.matcher(value).matches();
      case DECIMAL -> DECIMAL.matcher(value).matches();
      case TEXT -> true;
    };
  }

  private int compare(String column, String value, Literal literal) {
    if (family(column) == TypeFamily.TEXT) {
      var text = literal instanceof Literal.Number n
          ? n.value().stripTrailingZeros().toPlainString()
          : ((Literal.Text) literal).value();
      return Integer.signum(value.compareTo(text));
    }
    var number = literal instanceof Literal.Number n
        ? n.value()
        : new BigDecimal(((Literal.Text) literal).value());
    return new BigDecimal(value).compareTo(number);
  }
}
