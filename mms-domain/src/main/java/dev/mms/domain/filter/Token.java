package dev.mms.domain.filter;

import java.util.Locale;

/**
 * One token of a filter with the position of its first character. {@code text} is the name, the
 * unescaped string, the number as written, the operator, or for an error the problem.
 */
record Token(Kind kind, String text, Position position) {

  enum Kind {
    IDENTIFIER,
    QUOTED_IDENTIFIER,
    STRING,
    NUMBER,
    OPERATOR,
    OPEN,
    CLOSE,
    COMMA,
    END,
    ERROR
  }

  boolean isKeyword(String keyword) {
    return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  boolean isColumn() {
    return kind == Kind.QUOTED_IDENTIFIER || kind == Kind.IDENTIFIER && !Lexer.isKeyword(text);
  }

  /** How an error message names what it found here. */
  String describe() {
    return switch (kind) {
      case IDENTIFIER -> Lexer.isKeyword(text)
          ? "keyword " + text.toUpperCase(Locale.ROOT)
          : "identifier " + text;
      case QUOTED_IDENTIFIER -> "column " + Printer.column(text);
      case STRING -> "string " + abbreviate(new Literal.Text(text).render());
      case NUMBER -> "number " + text;
      case OPERATOR, OPEN, CLOSE, COMMA -> "'" + text + "'";
      case END -> "end of input";
      case ERROR -> text;
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 30 ? s : s.substring(0, 27) + "...";
  }
}
