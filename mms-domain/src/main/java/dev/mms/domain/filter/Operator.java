package dev.mms.domain.filter;

/** A comparison operator of the filter language; {@code !=} is read as {@link #NE}. */
public enum Operator {
  EQ("="),
  NE("<>"),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether the operator holds for a comparison result ({@code compareTo} of value and literal). */
  public boolean holds(int comparison) {
    return switch (this) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
    };
  }

  static Operator ofSymbol(String symbol) {
    if (symbol.equals("!=")) {
      return NE;
    }
    for (var op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    throw new IllegalArgumentException("no operator " + symbol);
  }
}
