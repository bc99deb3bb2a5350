package dev.mms.domain.filter;

import dev.mms.domain.catalog.Table;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.ValidationFailed;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed partition filter: the expression, the text it came from, and where each predicate sits
 * in that text so the check can point at a column or literal. Equal when the expressions are.
 */
public final class PartitionFilter {
  private final String text;
  private final Expr expression;
  private final Map<Expr, Parser.Located> positions;

  private PartitionFilter(String text, Expr expression, Map<Expr, Parser.Located> positions) {
    this.text = text;
    this.expression = expression;
    this.positions = positions;
  }

  /** Parses {@code text}; a syntax error is an {@link InvalidPartitionFilter} with its position. */
  public static Either<DomainError, PartitionFilter> parse(String text) {
    Objects.requireNonNull(text, "text");
    return Parser.parse(text)
        .<DomainError>mapLeft(e -> e)
        .map(p -> new PartitionFilter(text, p.expression(), p.positions()));
  }

  /** Parses and checks the filter a job gives for {@code table}; every error names the table. */
  public static Either<DomainError, CheckedFilter> parseAndCheck(Table table, String text) {
    var name = table.name().value();
    return Parser.parse(text)
        .<DomainError>mapLeft(e -> e.forTable(name))
        .flatMap(p -> new PartitionFilter(text, p.expression(), p.positions())
            .check(name, table.schema()));
  }

  public Expr expression() {
    return expression;
  }

  /** The text as the user wrote it. */
  public String text() {
    return text;
  }

  /** The canonical text; {@code parse(render())} gives an equal filter. */
  public String render() {
    return expression.render();
  }

  /**
   * Checks the filter against the partition columns of {@code schema}: unknown columns and text
   * literals that are not numbers for numeric columns are errors, all reported at once.
   */
  public Either<DomainError, CheckedFilter> check(TableSchema schema) {
    return check("", schema);
  }

  private Either<DomainError, CheckedFilter> check(String table, TableSchema schema) {
    var binder = new Binder(text, schema, positions);
    return expression.accept(binder)
        .toEither()
        .<DomainError>mapLeft(errors -> ValidationFailed.of(errors.map(e -> e.forTable(table))))
        .map(condition -> new CheckedFilter(this, condition, binder.slots(), binder.columns(),
            binder.numericSlots()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartitionFilter f && f.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return render();
  }
}
