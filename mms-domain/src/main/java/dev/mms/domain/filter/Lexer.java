package dev.mms.domain.filter;

import dev.mms.domain.filter.Token.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a filter into tokens on demand, tracking 1-based line and column. A character that
 * starts no token becomes an ERROR token, so the parser reports problems in text order.
 */
final class Lexer {
  private static final Set<String> KEYWORDS =
      Set.of("AND", "OR", "NOT", "IN", "BETWEEN", "LIKE", "IS", "NULL");

  private final String text;
  private int offset;
  private int line = 1;
  private int column = 1;

  Lexer(String text) {
    this.text = text;
  }

  static boolean isKeyword(String name) {
    return KEYWORDS.contains(name.toUpperCase(Locale.ROOT));
  }

  static boolean isPlainIdentifier(String name) {
    if (name.isEmpty() || !isIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(Lexer::isIdentifierPart);
  }

  private static boolean isIdentifierStart(int cp) {
    return cp == '_' || Character.isLetter(cp);
  }

  private static boolean isIdentifierPart(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }

  Token next() {
    skipWhitespace();
    var start = new Position(line, column);
    if (offset >= text.length()) {
      return new Token(Kind.END, "", start);
    }
    char c = text.charAt(offset);
    if (isIdentifierStart(text.codePointAt(offset))) {
      return identifier(start);
    }
    if (c >= '0' && c <= '9' || c == '.' && nextIsDigit(offset + 1)
        || (c == '-' || c == '+') && (nextIsDigit(offset + 1)
            || at(offset + 1) == '.' && nextIsDigit(offset + 2))) {
      return number(start);
    }
    return switch (c) {
      case '\'', '"' -> string(start, c);
      case '`' -> quotedIdentifier(start);
      case '(' -> single(Kind.OPEN, start);
      case ')' -> single(Kind.CLOSE, start);
      case ',' -> single(Kind.COMMA, start);
      case '=' -> single(Kind.OPERATOR, start);
      case '<' -> operator(start, at(offset + 1) == '=' || at(offset + 1) == '>' ? 2 : 1);
      case '>' -> operator(start, at(offset + 1) == '=' ? 2 : 1);
      case '!' -> at(offset + 1) == '='
          ? operator(start, 2)
          : new Token(Kind.ERROR, "unexpected character '!' (did you mean '!='?)", start);
      default -> new Token(Kind.ERROR,
          "unexpected character '" + new String(Character.toChars(text.codePointAt(offset))) + "'",
          start);
    };
  }

  private Token identifier(Position start) {
    int from = offset;
    while (offset < text.length() && isIdentifierPart(text.codePointAt(offset))) {
      advance(Character.charCount(text.codePointAt(offset)));
    }
    return new Token(Kind.IDENTIFIER, text.substring(from, offset), start);
  }

  private Token number(Position start) {
    int from = offset;
    advance(1);
    while (nextIsDigit(offset) || at(offset) == '.') {
      advance(1);
    }
    var literal = text.substring(from, offset);
    return NumberSyntax.isDecimal(literal)
        ? new Token(Kind.NUMBER, literal, start)
        : new Token(Kind.ERROR, "malformed number " + literal, start);
  }

  private Token string(Position start, char quote) {
    advance(1);
    var value = new StringBuilder();
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == quote) {
        if (at(offset + 1) != quote) {
          advance(1);
          return new Token(Kind.STRING, value.toString(), start);
        }
        value.append(quote);
        advance(2);
      } else if (c == '\\' && offset + 1 < text.length()) {
        value.append(unescape(text.charAt(offset + 1)));
        advance(2);
      } else {
        value.append(c);
        advance(1);
      }
    }
    return new Token(Kind.ERROR, "unterminated string: no closing " + quote + " for the quote here",
        start);
  }

  /** {@code \\}, {@code \'}, {@code \"} and {@code \n \t \r} are escapes; any other keeps its backslash. */
  private static String unescape(char c) {
    return switch (c) {
      case '\\', '\'', '"' -> String.valueOf(c);
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      default -> "\\" + c;
    };
  }

  private Token quotedIdentifier(Position start) {
    advance(1);
    var name = new StringBuilder();
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == '`') {
        if (at(offset + 1) != '`') {
          advance(1);
          return name.length() == 0
              ? new Token(Kind.ERROR, "empty column name ``", start)
              : new Token(Kind.QUOTED_IDENTIFIER, name.toString(), start);
        }
        name.append('`');
        advance(2);
      } else {
        name.append(c);
        advance(1);
      }
    }
    return new Token(Kind.ERROR, "unterminated column name: no closing ` for the one here", start);
  }

  private Token single(Kind kind, Position start) {
    var token = new Token(kind, text.substring(offset, offset + 1), start);
    advance(1);
    return token;
  }

  private Token operator(Position start, int length) {
    var token = new Token(Kind.OPERATOR, text.substring(offset, offset + length), start);
    advance(length);
    return token;
  }

  private void skipWhitespace() {
    while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
      advance(1);
    }
  }

  private boolean nextIsDigit(int index) {
    char c = at(index);
    return c >= '0' && c <= '9';
  }

  /** The character at {@code index}, or NUL past the end (NUL starts no token). */
  private char at(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  private void advance(int chars) {
    for (int i = 0; i < chars; i++) {
      if (text.charAt(offset) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      offset++;
    }
  }
}
