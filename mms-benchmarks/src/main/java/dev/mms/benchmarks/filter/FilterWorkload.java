package dev.mms.benchmarks.filter;

import dev.mms.domain.catalog.Column;
import dev.mms.domain.catalog.PartitionSpec;
import dev.mms.domain.catalog.TableSchema;
import dev.mms.domain.filter.CheckedFilter;
import dev.mms.domain.filter.PartitionFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The partition-filter workload: a table with eight partition columns, the seed example filter
 * and a ten-clause filter over them, the same predicates hand-written in Java, and reproducible
 * partition specs whose values make every clause sometimes true and sometimes false.
 */
public final class FilterWorkload {
  /** The seed example of the issue: four clauses over p1..p4. */
  public static final String SEED =
      "p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc', 'cde')";

  /** Ten clauses over all eight columns, using every kind of predicate the language has. */
  public static final String TEN_CLAUSES =
      "p1 >= '2022-03-04' and p1 < '2022-12-01' and (p2 = 10 or p3 > 20)"
          + " and p4 in ('abc', 'cde') and p5 like 'cn-%' and p6 between 100 and 900"
          + " and p7 <> 0.5 and p8 not in ('03', '04') and p2 is not null";

  public static final TableSchema SCHEMA = new TableSchema(
      List.of(Column.of("id", "BIGINT")),
      List.of(Column.of("p1", "STRING"), Column.of("p2", "INT"), Column.of("p3", "INT"),
          Column.of("p4", "STRING"), Column.of("p5", "STRING"), Column.of("p6", "BIGINT"),
          Column.of("p7", "DECIMAL(10,2)"), Column.of("p8", "STRING")),
      Optional.empty());

  private static final String HIVE_NULL = "__HIVE_DEFAULT_PARTITION__";
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  private static final String[] P4 = {"abc", "cde", "efg", "xyz"};
  private static final String[] P5 = {"cn-hangzhou", "cn-beijing", "us-west-1", "eu-central-1"};
  private static final String[] P7 = {"0.5", "0.25", "1.5", "2"};

  private FilterWorkload() {}

  /** Parses and checks {@code text} against {@link #SCHEMA}; the workload's filters are valid. */
  public static CheckedFilter checked(String text) {
    return PartitionFilter.parse(text).flatMap(f -> f.check(SCHEMA))
        .getOrElseThrow(e -> new IllegalStateException(text + ": " + e.message()));
  }

  /**
   * {@code count} specs {@code p1=…/…/p8=…} from {@code seed}: every value is its own string, as
   * it is when specs are read from a catalog.
   */
  public static PartitionSpec[] specs(int count, long seed) {
    var random = new SplittableRandom(seed);
    var specs = new PartitionSpec[count];
    for (int i = 0; i < count; i++) {
      specs[i] = PartitionSpec.of(
          "p1", FIRST_DAY.plusDays(random.nextInt(365)).toString(),
          "p2", Integer.toString(random.nextInt(20)),
          "p3", Integer.toString(random.nextInt(40)),
          "p4", new String(P4[random.nextInt(P4.length)]),
          "p5", new String(P5[random.nextInt(P5.length)]),
          "p6", Long.toString(random.nextInt(1000)),
          "p7", new String(P7[random.nextInt(P7.length)]),
          "p8", String.format("%02d", random.nextInt(24)));
    }
    return specs;
  }

  /**
   * {@link #SEED} as a developer would write it for specs of this table: clause by clause in the
   * filter's order, reading each value where the clause needs it, through the same accessors of
   * {@link PartitionSpec} that the filter reads values with.
   */
  public static boolean seedByHand(PartitionSpec spec) {
    return spec.compareValue(0, "2022-03-04") >= 0
        && (scaled(spec, 1, 0) == 10 || scaled(spec, 2, 0) > 20)
        && (spec.valueEquals(3, "abc") || spec.valueEquals(3, "cde"));
  }

  /** {@link #TEN_CLAUSES} written the same way. */
  public static boolean tenClausesByHand(PartitionSpec spec) {
    return spec.compareValue(0, "2022-03-04") >= 0
        && spec.compareValue(0, "2022-12-01") < 0
        && (scaled(spec, 1, 0) == 10 || scaled(spec, 2, 0) > 20)
        && (spec.valueEquals(3, "abc") || spec.valueEquals(3, "cde"))
        && spec.valueRegionMatches(4, 0, "cn-")
        && scaled(spec, 5, 0) >= 100 && scaled(spec, 5, 0) <= 900
        && scaled(spec, 6, 2) != 50
        && !spec.valueEquals(7, "03") && !spec.valueEquals(7, "04")
        && !spec.valueEquals(1, HIVE_NULL);
  }

  /**
   * Value {@code index} times 10^{@code scale}: a number of a few digits with at most
   * {@code scale} of them after a point, as the columns of this table hold.
   */
  private static long scaled(PartitionSpec spec, int index, int scale) {
    int length = spec.valueLength(index);
    boolean signed = length > 0
        && (spec.valueCharAt(index, 0) == '-' || spec.valueCharAt(index, 0) == '+');
    long n = 0;
    int digits = 0;
    int fraction = -1;
    for (int i = signed ? 1 : 0; i < length; i++) {
      char c = spec.valueCharAt(index, i);
      if (c == '.' && fraction < 0 && scale > 0) {
        fraction = 0;
      } else if (c >= '0' && c <= '9' && fraction < scale) {
        n = n * 10 + (c - '0');
        digits++;
        fraction += fraction < 0 ? 0 : 1;
      } else {
        throw new NumberFormatException(spec.value(index));
      }
    }
    if (digits == 0) {
      throw new NumberFormatException(spec.value(index));
    }
    for (int f = Math.max(fraction, 0); f < scale; f++) {
      n *= 10;
    }
    return signed && spec.valueCharAt(index, 0) == '-' ? -n : n;
  }
}
