package dev.mms.domain.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.ValidationFailed;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PartitionFilterPropertiesTest {

  @Property
  void rendering_then_parsing_gives_back_the_same_expression(@ForAll("expressions") Expr e) {
    var parsed = PartitionFilter.parse(e.render());

    assertThat(parsed.map(PartitionFilter::expression).getOrElseThrow(err -> new AssertionError(
        err.message()))).isEqualTo(e);
  }

  @Property
  void rendering_is_a_fixed_point(@ForAll("expressions") Expr e) {
    var once = e.render();

    assertThat(PartitionFilter.parse(once).get().render()).isEqualTo(once);
  }

  @Property
  void evaluation_agrees_with_the_reference_evaluator(
      @ForAll("typedExpressions") Expr e, @ForAll("specs") List<PartitionSpec> specs) {
    var checked = PartitionFilter.parse(e.render()).flatMap(f -> f.check(FilterArbitraries.SCHEMA))
        .get();

    for (var spec : specs) {
      var expected = ReferenceEvaluator.evaluate(e, FilterArbitraries.SCHEMA, spec).asOutcomeKind();
      assertThat(checked.test(spec).getClass()).as("%s on %s", e.render(), spec)
          .isEqualTo(expected.getClass());
    }
  }

  @Property
  void unreadable_outcomes_name_the_first_unreadable_column_in_the_text(
      @ForAll("typedExpressions") Expr e, @ForAll("spec") PartitionSpec spec) {
    var outcome = PartitionFilter.parse(e.render()).flatMap(f -> f.check(FilterArbitraries.SCHEMA))
        .get().test(spec);

    if (outcome instanceof FilterOutcome.Unreadable u) {
      var column = ReferenceEvaluator.firstUnreadableColumn(e, FilterArbitraries.SCHEMA, spec);
      assertThat(u.reason()).as(e.render()).contains("of column " + column.orElseThrow() + " (");
    }
  }

  @Property
  void syntax_errors_point_into_the_text(@ForAll("brokenTexts") String text) {
    var result = PartitionFilter.parse(text);

    result.swap().forEach(error -> assertPositionWithin(error, text));
  }

  @Property(tries = 300)
  void check_errors_point_into_the_text(@ForAll("expressions") Expr e) {
    var text = e.render();

    var result = PartitionFilter.parse(text).flatMap(f -> f.check(FilterArbitraries.SCHEMA));

    result.swap().forEach(error -> problems(error).forEach(p -> assertPositionWithin(p, text)));
  }

  @Provide
  Arbitrary<Expr> expressions() {
    return FilterArbitraries.expressions();
  }

  @Provide
  Arbitrary<Expr> typedExpressions() {
    return FilterArbitraries.typedExpressions();
  }

  @Provide
  Arbitrary<List<PartitionSpec>> specs() {
    return FilterArbitraries.specs().list().ofMinSize(1).ofMaxSize(20);
  }

  @Provide
  Arbitrary<PartitionSpec> spec() {
    return FilterArbitraries.specs();
  }

  @Provide
  Arbitrary<String> brokenTexts() {
    var rendered = FilterArbitraries.expressions().map(Expr::render);
    var cut = rendered.flatMap(t -> Arbitraries.integers().between(0, t.length())
        .map(i -> t.substring(0, i)));
    var inserted = Combinators.combine(rendered, Arbitraries.integers().between(0, 1000),
            Arbitraries.of("(", ")", "'", "\"", "`", ",", "!", "\n", "AND", "NOT", "=", "#", "-"))
        .as((t, i, s) -> {
          int at = Math.min(i, t.length());
          return t.substring(0, at) + s + t.substring(at);
        });
    var tokenSoup = Arbitraries.of("p1", " = ", "(", ")", "'x'", "\"y\"", " AND ", " OR ", "NOT ",
            " IN ", ",", "5", "-", " BETWEEN ", " IS ", "NULL", "\n", "`c`", "'", "!")
        .list().ofMaxSize(12).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(cut, inserted, tokenSoup, Arbitraries.strings().all().ofMaxLength(20));
  }

  private static List<InvalidPartitionFilter> problems(DomainError error) {
    if (error instanceof ValidationFailed v) {
      return v.problems().stream().map(InvalidPartitionFilter.class::cast).toList();
    }
    return List.of((InvalidPartitionFilter) error);
  }

  private static void assertPositionWithin(DomainError error, String text) {
    assertThat(error).isInstanceOf(InvalidPartitionFilter.class);
    var e = (InvalidPartitionFilter) error;
    var lines = text.split("\n", -1);
    assertThat(e.line()).as(e.message()).isBetween(1, lines.length);
    assertThat(e.column()).as(e.message()).isBetween(1, lines[e.line() - 1].length() + 1);
    assertThat(e.expression()).isEqualTo(text);
  }
}
