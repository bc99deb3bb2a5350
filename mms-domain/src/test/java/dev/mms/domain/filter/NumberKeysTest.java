package dev.mms.domain.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TypeFamily;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class NumberKeysTest {

  @Property
  void keys_compare_as_the_numbers_do(
      @ForAll("literals") List<BigDecimal> literals, @ForAll("numberTexts") String value) {
    var keys = NumberKeys.of(TypeFamily.DECIMAL, literals);

    long key = read(keys, value);

    Statistics.collect(key == NumberKeys.TOO_LONG ? "too long" : "compared");
    Statistics.coverage(c -> c.check("compared").percentage(p -> p > 50));
    for (var literal : literals) {
      if (key != NumberKeys.TOO_LONG) {
        assertThat(Long.signum(Long.compare(key, keys.key(literal))))
            .as("%s against %s", value, literal.toPlainString())
            .isEqualTo(new BigDecimal(value).compareTo(literal));
      }
    }
  }

  @Property
  void a_value_is_unreadable_exactly_when_it_is_not_in_the_number_syntax_of_its_column(
      @ForAll("literals") List<BigDecimal> literals, @ForAll("anyTexts") String value) {
    var decimal = NumberKeys.of(TypeFamily.DECIMAL, literals);
    var integer = NumberKeys.of(TypeFamily.INTEGER, literals);

    assertThat(read(decimal, value) != NumberKeys.UNREADABLE).as(value)
        .isEqualTo(NumberSyntax.isDecimal(value));
    assertThat(read(integer, value) != NumberKeys.UNREADABLE).as(value)
        .isEqualTo(NumberSyntax.isInteger(value));
  }

  @Test
  void a_value_with_more_digits_than_a_long_holds_is_compared_exactly() {
    var keys = NumberKeys.of(TypeFamily.INTEGER, List.of(BigDecimal.TEN));

    assertThat(read(keys, "9223372036854775808")).isEqualTo(NumberKeys.TOO_LONG);
    assertThat(read(keys, "-000000000000000000000010")).isEqualTo(-keys.key(BigDecimal.TEN));
  }

  @Test
  void digits_beyond_the_scale_of_the_literals_still_order_the_value() {
    var half = new BigDecimal("0.5");
    var keys = NumberKeys.of(TypeFamily.DECIMAL, List.of(half));

    assertThat(read(keys, "0.50000")).isEqualTo(keys.key(half));
    assertThat(read(keys, "0.500001")).isGreaterThan(keys.key(half));
    assertThat(read(keys, "-0.500001")).isLessThan(keys.key(half.negate()));
  }

  @Test
  void literals_without_a_key_at_their_common_scale_compare_every_number_exactly() {
    var keys = NumberKeys.of(TypeFamily.DECIMAL,
        List.of(new BigDecimal("1E+30"), new BigDecimal("0.5")));

    assertThat(read(keys, "1")).isEqualTo(NumberKeys.TOO_LONG);
    assertThat(read(keys, "x")).isEqualTo(NumberKeys.UNREADABLE);
  }

  @Test
  void a_missing_value_is_unreadable() {
    var keys = NumberKeys.of(TypeFamily.INTEGER, List.of(BigDecimal.TEN));

    assertThat(keys.read(PartitionSpec.of("n", "10"), -1)).isEqualTo(NumberKeys.UNREADABLE);
  }

  /** Reads {@code value} where a spec holds it, after a key and a value that must not leak in. */
  private static long read(NumberKeys keys, String value) {
    return keys.read(PartitionSpec.of("before", "9", "n", value), 1);
  }

  @Provide
  Arbitrary<List<BigDecimal>> literals() {
    var small = Combinators.combine(Arbitraries.integers().between(-1000, 1000),
        Arbitraries.integers().between(0, 3)).as(BigDecimal::valueOf);
    var wide = Combinators.combine(Arbitraries.bigIntegers().between(
            BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)),
        Arbitraries.integers().between(-3, 20)).as(BigDecimal::new);
    return Arbitraries.frequencyOf(Tuple.of(4, small), Tuple.of(1, wide))
        .map(BigDecimal::stripTrailingZeros)
        .list().ofMinSize(1).ofMaxSize(3);
  }

  /** Numbers near the literals' range, written with signs, leading and trailing zeros. */
  @Provide
  Arbitrary<String> numberTexts() {
    var numbers = Arbitraries.oneOf(
        literals().map(l -> l.get(0)),
        literals().map(l -> l.get(0).add(BigDecimal.ONE.movePointLeft(l.get(0).scale() + 3))),
        literals().map(l -> l.get(0).subtract(BigDecimal.ONE.movePointLeft(4))),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25))
            .map(BigDecimal::new),
        Arbitraries.of("9223372036854775807", "-9223372036854775808", "999999999999999999",
            "1000000000000000000", "0.000000000000000000001").map(BigDecimal::new));
    return Combinators.combine(numbers, Arbitraries.of("", "+"), Arbitraries.of("", "0", "000"),
            Arbitraries.of("", "0", "00000"))
        .as((n, plus, leading, trailing) -> {
          var plain = n.toPlainString();
          var sign = plain.startsWith("-") ? "-" : plus;
          var digits = plain.startsWith("-") ? plain.substring(1) : plain;
          var fraction = digits.contains(".") ? trailing : trailing.isEmpty() ? "" : "." + trailing;
          return sign + leading + digits + fraction;
        });
  }

  @Provide
  Arbitrary<String> anyTexts() {
    return Arbitraries.oneOf(numberTexts(),
        Arbitraries.strings().withChars("0123456789+-.e ").ofMaxLength(24),
        Arbitraries.of("", "+", "-", ".", "5.", ".5", "+.5", "-.", "1.2.3", "1e3"));
  }
}
