package dev.mms.domain.filter;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A value in a filter: quoted text or a number. Equality is by value, so round trips compare. */
public sealed interface Literal permits Literal.Text, Literal.Number {

  /** The literal as the canonical printer writes it. */
  String render();

  /** What a text column compares with: the text itself, or the plain form of a number. */
  String text();

  /** The number a numeric column compares with; text counts when it is written as a number. */
  Optional<BigDecimal> number();

  /** A quoted string literal; it may hold any character, including none. */
  record Text(String value) implements Literal {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String render() {
      var sb = new StringBuilder(value.length() + 2).append('\'');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\'') {
          sb.append("''");
        } else if (c == '\\') {
          sb.append("\\\\");
        } else {
          sb.append(c);
        }
      }
      return sb.append('\'').toString();
    }

    @Override
    public String text() {
      return value;
    }

    @Override
    public Optional<BigDecimal> number() {
      return NumberSyntax.isDecimal(value)
          ? Optional.of(new BigDecimal(value).stripTrailingZeros())
          : Optional.empty();
    }
  }

  /** A numeric literal, kept without trailing zeros so that {@code 1.50} equals {@code 1.5}. */
  record Number(BigDecimal value) implements Literal {
    public Number {
      value = value.stripTrailingZeros();
    }

    public static Number of(String plain) {
      return new Number(new BigDecimal(plain));
    }

    @Override
    public String render() {
      return value.toPlainString();
    }

    @Override
    public String text() {
      return value.toPlainString();
    }

    @Override
    public Optional<BigDecimal> number() {
      return Optional.of(value);
    }
  }
}
