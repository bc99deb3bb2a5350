package dev.mms.domain.filter;

import dev.mms.domain.catalog.TypeFamily;

/**
 * A guess at how often a condition holds and what a test of it costs, to test the parts of AND
 * and OR in a good order. Catalogs keep no statistics of partition values, so the chances are
 * System R's defaults (Selinger et al., 1979): 1/10 for equality, 1/3 for a range, 1/4 for
 * BETWEEN, 1/10 per literal of IN up to 1/2. LIKE and IS NULL count as equality with one value.
 * Costs are relative: comparing text is 1, reading a number first doubles it.
 */
record Estimate(double chance, double cost) {
  private static final double EQUAL = 0.1;
  private static final double RANGE = 1.0 / 3;
  private static final double BETWEEN = 0.25;
  private static final double MAX_IN = 0.5;

  static Estimate compare(TypeFamily family, Operator op) {
    double chance = switch (op) {
      case EQ -> EQUAL;
      case NE -> 1 - EQUAL;
      case LT, LE, GT, GE -> RANGE;
    };
    return new Estimate(chance, cost(family));
  }

  static Estimate in(TypeFamily family, int literals, boolean negated) {
    return new Estimate(Math.min(MAX_IN, literals * EQUAL), cost(family)).negatedIf(negated);
  }

  /** LIKE and IS NULL. */
  static Estimate oneValue(boolean negated) {
    return in(TypeFamily.TEXT, 1, negated);
  }

  static Estimate between(TypeFamily family, boolean negated) {
    return new Estimate(BETWEEN, cost(family)).negatedIf(negated);
  }

  Estimate negatedIf(boolean negated) {
    return negated ? new Estimate(1 - chance, cost) : this;
  }

  /**
   * The cost of a test per rejection it makes: testing the parts of AND in ascending rank costs
   * least on average when they hold independently of each other.
   */
  double rankInAnd() {
    return cost / (1 - chance);
  }

  /** The cost per acceptance: the same rank for OR, whose parts stop at the first that holds. */
  double rankInOr() {
    return cost / chance;
  }

  private static double cost(TypeFamily family) {
    return family.numeric() ? 2 : 1;
  }
}
