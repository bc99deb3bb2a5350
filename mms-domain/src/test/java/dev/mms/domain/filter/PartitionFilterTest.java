package dev.mms.domain.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.filter.Expr.And;
import dev.mms.domain.filter.Expr.Between;
import dev.mms.domain.filter.Expr.Compare;
import dev.mms.domain.filter.Expr.In;
import dev.mms.domain.filter.Expr.IsNull;
import dev.mms.domain.filter.Expr.Like;
import dev.mms.domain.filter.Expr.Not;
import dev.mms.domain.filter.Expr.Or;
import dev.mms.domain.filter.Literal.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionFilterTest {

  private static Expr parse(String text) {
    return PartitionFilter.parse(text)
        .getOrElseThrow(e -> new AssertionError(e.message()))
        .expression();
  }

  private static InvalidPartitionFilter error(String text) {
    DomainError error = PartitionFilter.parse(text).swap()
        .getOrElseThrow(f -> new AssertionError("parsed: " + f.render()));
    return (InvalidPartitionFilter) error;
  }

  private static Compare eq(String column, long value) {
    return new Compare(column, Operator.EQ, Literal.Number.of(Long.toString(value)));
  }

  @Test
  void the_seed_example_of_the_mms_docs_parses_with_and_binding_tighter() {
    var text = "p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc', 'cde')";

    var e = parse(text);

    assertThat(e).isEqualTo(new And(
        new And(
            new Compare("p1", Operator.GE, new Text("2022-03-04")),
            new Or(eq("p2", 10), new Compare("p3", Operator.GT, Literal.Number.of("20")))),
        new In("p4", false, List.of(new Text("abc"), new Text("cde")))));
    assertThat(e.render())
        .isEqualTo("p1 >= '2022-03-04' AND (p2 = 10 OR p3 > 20) AND p4 IN ('abc', 'cde')");
  }

  @Test
  void the_truncated_seed_example_says_where_and_what_was_expected() {
    var e = error("p1 >= '2022-03-04' and (p2 = 10 or");

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(35);
    assertThat(e.problem()).isEqualTo("expected a column name, found end of input");
    assertThat(e.message()).isEqualTo(
        "partition filter at line 1, column 35: expected a column name, found end of input");
  }

  @Test
  void and_binds_tighter_than_or_on_either_side() {
    assertThat(parse("a = 1 or b = 2 and c = 3"))
        .isEqualTo(new Or(eq("a", 1), new And(eq("b", 2), eq("c", 3))));
    assertThat(parse("a = 1 and b = 2 or c = 3"))
        .isEqualTo(new Or(new And(eq("a", 1), eq("b", 2)), eq("c", 3)));
  }

  @Test
  void not_binds_tighter_than_and() {
    assertThat(parse("not a = 1 and b = 2")).isEqualTo(new And(new Not(eq("a", 1)), eq("b", 2)));
  }

  @Test
  void and_and_or_associate_to_the_left_and_render_parentheses_only_where_needed() {
    var rightNested = new And(eq("a", 1), new And(eq("b", 2), eq("c", 3)));

    assertThat(parse("a = 1 and b = 2 and c = 3"))
        .isEqualTo(new And(new And(eq("a", 1), eq("b", 2)), eq("c", 3)));
    assertThat(rightNested.render()).isEqualTo("a = 1 AND (b = 2 AND c = 3)");
    assertThat(new Not(new Or(eq("a", 1), eq("b", 2))).render()).isEqualTo("NOT (a = 1 OR b = 2)");
  }

  @Test
  void single_letter_columns_that_broke_the_mma_lexer_are_ordinary_columns() {
    assertThat(parse("a = 1 and i = 2 or o = 3 and r = 4")).isEqualTo(new Or(
        new And(eq("a", 1), eq("i", 2)), new And(eq("o", 3), eq("r", 4))));
  }

  @Test
  void columns_that_start_like_keywords_are_columns() {
    assertThat(parse("index = 1 and order = 2 and and_x = 3 and in_y = 4 and isx = 5 and nullable = 6"))
        .isEqualTo(new And(new And(new And(new And(new And(
            eq("index", 1), eq("order", 2)), eq("and_x", 3)), eq("in_y", 4)), eq("isx", 5)),
            eq("nullable", 6)));
  }

  @Test
  void keywords_and_operators_are_case_insensitive_and_column_case_is_kept() {
    assertThat(parse("P1 In (1) AnD p2 Not BeTwEeN 1 aNd 2 oR P3 iS nOt NuLl"))
        .isEqualTo(new Or(
            new And(new In("P1", false, List.of(Literal.Number.of("1"))),
                new Between("p2", true, Literal.Number.of("1"), Literal.Number.of("2"))),
            new IsNull("P3", true)));
  }

  @Test
  void back_quoted_identifiers_may_hold_keywords_and_any_character() {
    assertThat(parse("`and` = 1 and `dt-hour` = 2 and `a``b` = 3"))
        .isEqualTo(new And(new And(eq("and", 1), eq("dt-hour", 2)), eq("a`b", 3)));
    assertThat(eq("or", 1).render()).isEqualTo("`or` = 1");
  }

  @Test
  void a_keyword_used_as_a_column_without_back_quotes_is_explained() {
    var e = error("and = 1");

    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("expected a column name, found keyword AND");
  }

  @Test
  void quoted_values_hold_spaces_dots_colons_slashes_and_equal_signs() {
    assertThat(parse("ts = '2022-03-04 10:00:00.5' and path = \"a/b.c\" and kv = 'k=v'"))
        .isEqualTo(new And(new And(
            new Compare("ts", Operator.EQ, new Text("2022-03-04 10:00:00.5")),
            new Compare("path", Operator.EQ, new Text("a/b.c"))),
            new Compare("kv", Operator.EQ, new Text("k=v"))));
  }

  @Test
  void quotes_are_escaped_by_doubling_or_by_a_backslash() {
    assertThat(parse("a = 'it''s' or a = 'it\\'s' or a = \"say \"\"hi\"\"\" or a = 'back\\\\slash'"))
        .isEqualTo(new Or(new Or(new Or(
            new Compare("a", Operator.EQ, new Text("it's")),
            new Compare("a", Operator.EQ, new Text("it's"))),
            new Compare("a", Operator.EQ, new Text("say \"hi\""))),
            new Compare("a", Operator.EQ, new Text("back\\slash"))));
  }

  @Test
  void the_empty_string_is_a_value() {
    assertThat(parse("a = ''")).isEqualTo(new Compare("a", Operator.EQ, new Text("")));
  }

  @Test
  void numbers_may_be_signed_and_decimal_and_compare_by_value() {
    assertThat(parse("a > -5 and b < +2.50 and c = .5"))
        .isEqualTo(new And(new And(
            new Compare("a", Operator.GT, Literal.Number.of("-5")),
            new Compare("b", Operator.LT, Literal.Number.of("2.5"))),
            new Compare("c", Operator.EQ, Literal.Number.of("0.5"))));
    assertThat(parse("a = 100").render()).isEqualTo("a = 100");
  }

  @Test
  void bang_equals_is_read_as_not_equal() {
    assertThat(parse("a != 1")).isEqualTo(new Compare("a", Operator.NE, Literal.Number.of("1")));
  }

  @Test
  void like_and_is_null_parse_with_their_negations() {
    assertThat(parse("a like '2022%' and b not like '_x' and c is null"))
        .isEqualTo(new And(new And(new Like("a", false, "2022%"), new Like("b", true, "_x")),
            new IsNull("c", false)));
  }

  @Test
  void an_unquoted_text_value_gets_a_hint_to_quote_it() {
    var e = error("dt = abc");

    assertThat(e.column()).isEqualTo(6);
    assertThat(e.problem()).contains("quote text values, as in 'abc'");
  }

  @Test
  void an_unterminated_string_points_at_its_opening_quote() {
    var e = error("a = 1 or b = 'abc");

    assertThat(e.column()).isEqualTo(14);
    assertThat(e.problem()).startsWith("unterminated string");
  }

  @Test
  void positions_count_lines_and_columns_from_one() {
    var e = error("a = 1\n  and b ~ 2");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.problem()).isEqualTo("unexpected character '~'");
  }

  @Test
  void trailing_tokens_are_rejected() {
    var e = error("a = 1 b = 2");

    assertThat(e.column()).isEqualTo(7);
    assertThat(e.problem()).isEqualTo("expected AND, OR or end of input, found identifier b");
  }

  @Test
  void an_empty_filter_is_rejected() {
    assertThat(error("  ").problem()).isEqualTo("expected a column name, found end of input");
  }

  @Test
  void nesting_is_bounded_instead_of_overflowing_the_stack() {
    var deep = "(".repeat(5000) + "a = 1" + ")".repeat(5000);

    assertThat(error(deep).problem()).contains("nested more than");
  }
}
