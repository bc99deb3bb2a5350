package dev.mms.domain.filter;

import java.util.List;

/** The canonical printer: upper-case keywords, single-quoted text, the fewest parentheses. */
final class Printer implements Expr.Visitor<StringBuilder> {
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int PREDICATE = 4;

  private static final Expr.Visitor<Integer> PRECEDENCE = new Expr.Visitor<>() {
    @Override
    public Integer compare(Expr.Compare e) {
      return PREDICATE;
    }

    @Override
    public Integer in(Expr.In e) {
      return PREDICATE;
    }

    @Override
    public Integer between(Expr.Between e) {
      return PREDICATE;
    }

    @Override
    public Integer like(Expr.Like e) {
      return PREDICATE;
    }

    @Override
    public Integer isNull(Expr.IsNull e) {
      return PREDICATE;
    }

    @Override
    public Integer not(Expr.Not e) {
      return NOT;
    }

    @Override
    public Integer and(Expr.And e) {
      return AND;
    }

    @Override
    public Integer or(Expr.Or e) {
      return OR;
    }
  };

  private final StringBuilder out = new StringBuilder();

  private Printer() {}

  static String render(Expr e) {
    var printer = new Printer();
    e.accept(printer);
    return printer.out.toString();
  }

  static String column(String name) {
    if (Lexer.isPlainIdentifier(name) && !Lexer.isKeyword(name)) {
      return name;
    }
    return "`" + name.replace("`", "``") + "`";
  }

  @Override
  public StringBuilder compare(Expr.Compare e) {
    out.append(column(e.column())).append(' ').append(e.op().symbol()).append(' ')
        .append(e.literal().render());
    return out;
  }

  @Override
  public StringBuilder in(Expr.In e) {
    out.append(column(e.column())).append(e.negated() ? " NOT IN (" : " IN (");
    List<Literal> literals = e.literals();
    for (int i = 0; i < literals.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(literals.get(i).render());
    }
    out.append(')');
    return out;
  }

  @Override
  public StringBuilder between(Expr.Between e) {
    out.append(column(e.column())).append(e.negated() ? " NOT BETWEEN " : " BETWEEN ")
        .append(e.low().render()).append(" AND ").append(e.high().render());
    return out;
  }

  @Override
  public StringBuilder like(Expr.Like e) {
    out.append(column(e.column())).append(e.negated() ? " NOT LIKE " : " LIKE ")
        .append(new Literal.Text(e.pattern()).render());
    return out;
  }

  @Override
  public StringBuilder isNull(Expr.IsNull e) {
    out.append(column(e.column())).append(e.negated() ? " IS NOT NULL" : " IS NULL");
    return out;
  }

  @Override
  public StringBuilder not(Expr.Not e) {
    out.append("NOT ");
    operand(e.expr(), NOT);
    return out;
  }

  @Override
  public StringBuilder and(Expr.And e) {
    operand(e.left(), AND);
    out.append(" AND ");
    operand(e.right(), AND + 1);
    return out;
  }

  @Override
  public StringBuilder or(Expr.Or e) {
    operand(e.left(), OR);
    out.append(" OR ");
    operand(e.right(), OR + 1);
    return out;
  }

  private void operand(Expr e, int minPrecedence) {
    boolean parenthesise = e.accept(PRECEDENCE) < minPrecedence;
    if (parenthesise) {
      out.append('(');
    }
    e.accept(this);
    if (parenthesise) {
      out.append(')');
    }
  }
}
