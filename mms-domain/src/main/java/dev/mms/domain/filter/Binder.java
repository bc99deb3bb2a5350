package dev.mms.domain.filter;

import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.error.InvalidPartitionFilter;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The semantic check: resolves every column against the table's partition columns and converts
 * literals to the column's type, collecting every problem with its position.
 */
final class Binder implements Expr.Visitor<Validation<Seq<InvalidPartitionFilter>, Condition>> {
  private final String text;
  private final TableSchema schema;
  private final Map<Expr, Parser.Located> positions;
  private final Set<ColumnSlot> numericSlots = new LinkedHashSet<>();
  private final Set<ColumnSlot> slots = new LinkedHashSet<>();

  Binder(String text, TableSchema schema, Map<Expr, Parser.Located> positions) {
    this.text = text;
    this.schema = schema;
    this.positions = positions;
  }

  /** Every column the bound condition reads, each once. */
  java.util.List<ColumnSlot> slots() {
    return java.util.List.copyOf(slots);
  }

  /** The table's partition columns in order, by name: where a condition reads their values. */
  java.util.List<String> columns() {
    return schema.partitionColumns().stream().map(c -> c.name().value()).toList();
  }

  /** The numeric columns the bound condition reads, in text order, to explain unreadable values. */
  java.util.List<ColumnSlot> numericSlots() {
    return java.util.List.copyOf(numericSlots);
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> compare(Expr.Compare e) {
    return slot(e, e.column()).flatMap(slot -> slot.family().numeric()
        ? number(e, slot, e.literal(), 0).map(l ->
            numeric(slot, Condition.NumberCompare.of(slot, e.op(), l)))
        : Validation.valid(new Condition.TextCompare(slot, e.op(), e.literal().text())));
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> in(Expr.In e) {
    return slot(e, e.column()).flatMap(slot -> {
      if (!slot.family().numeric()) {
        Set<String> texts = e.literals().stream().map(Literal::text).collect(Collectors.toSet());
        return Validation.valid(new Condition.TextIn(slot, e.negated(), Set.copyOf(texts)));
      }
      var numbers = List.range(0, e.literals().size())
          .map(i -> number(e, slot, e.literals().get(i), i));
      return Validation.sequence(numbers).map(ls ->
          numeric(slot, new Condition.NumberIn(slot, e.negated(), ls.toJavaList())));
    });
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> between(Expr.Between e) {
    return slot(e, e.column()).flatMap(slot -> slot.family().numeric()
        ? both(number(e, slot, e.low(), 0), number(e, slot, e.high(), 1),
            (low, high) -> numeric(slot, Condition.NumberBetween.of(slot, e.negated(), low, high)))
        : Validation.valid(new Condition.TextBetween(slot, e.negated(), e.low().text(),
            e.high().text())));
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> like(Expr.Like e) {
    return slot(e, e.column()).map(slot ->
        new Condition.Like(slot, e.negated(), new LikePattern(e.pattern())));
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> isNull(Expr.IsNull e) {
    return slot(e, e.column()).map(slot -> new Condition.IsNull(slot, e.negated()));
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> not(Expr.Not e) {
    return e.expr().accept(this).map(Condition.Not::new);
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> and(Expr.And e) {
    return both(e.left().accept(this), e.right().accept(this), Condition.And::new);
  }

  @Override
  public Validation<Seq<InvalidPartitionFilter>, Condition> or(Expr.Or e) {
    return both(e.left().accept(this), e.right().accept(this), Condition.Or::new);
  }

  private Validation<Seq<InvalidPartitionFilter>, ColumnSlot> slot(Expr predicate, String name) {
    var columns = schema.partitionColumns();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (c.name().value().equalsIgnoreCase(name)) {
        var slot = new ColumnSlot(c.name().value(), i, c.type(), c.family());
        slots.add(slot);
        return Validation.valid(slot);
      }
    }
    var known = columns.isEmpty()
        ? "the table has no partition columns"
        : "the partition columns are " + columns.stream()
            .map(c -> Printer.column(c.name().value())).collect(Collectors.joining(", "));
    return invalid(positions.get(predicate).column(),
        "unknown column " + Printer.column(name) + "; " + known);
  }

  private Validation<Seq<InvalidPartitionFilter>, BigDecimal> number(
      Expr predicate, ColumnSlot slot, Literal literal, int index) {
    return literal.number()
        .map(Validation::<Seq<InvalidPartitionFilter>, BigDecimal>valid)
        .orElseGet(() -> invalid(positions.get(predicate).literals().get(index),
            literal.render() + " is not a number, but column " + slot.name() + " is "
                + slot.type() + "; write a number"));
  }

  private Condition numeric(ColumnSlot slot, Condition condition) {
    numericSlots.add(slot);
    return condition;
  }

  private <T> Validation<Seq<InvalidPartitionFilter>, T> invalid(Position at, String problem) {
    return Validation.invalid(
        List.of(new InvalidPartitionFilter("", text, at.line(), at.column(), problem)));
  }

  private static <A, B> Validation<Seq<InvalidPartitionFilter>, Condition> both(
      Validation<Seq<InvalidPartitionFilter>, A> left,
      Validation<Seq<InvalidPartitionFilter>, B> right,
      BiFunction<A, B, Condition> combine) {
    return Validation.combine(left, right).ap(combine::apply)
        .mapError(errors -> errors.flatMap(Function.identity()));
  }
}
