package dev.mms.domain.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.catalog.PartitionSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LikePatternTest {

  @Property(tries = 3000)
  void a_pattern_matches_what_its_regular_expression_matches(
      @ForAll("patterns") String pattern, @ForAll("values") String value) {
    // The value sits between others, so that a match reading past its ends would show.
    var spec = PartitionSpec.of("before", "ab", "v", value, "after", "ab");

    var matches = new LikePattern(pattern).matches(spec, 1);

    assertThat(matches).as("'%s' like '%s'", value, pattern)
        .isEqualTo(ReferenceEvaluator.likeRegex(pattern).matcher(value).matches());
  }

  /** Mostly the shapes with one String test, with escapes, wildcards and surrogates around. */
  @Provide
  Arbitrary<String> patterns() {
    var text = Arbitraries.of("a", "b", "ab", "\\%", "\\_", "\\\\", "\uD83D\uDE00", "\uD83D",
        "\uDE00", "é").list().ofMaxSize(3).map(parts -> String.join("", parts));
    var shaped = Arbitraries.of("", "%").flatMap(head -> Arbitraries.of("", "%")
        .flatMap(tail -> text.map(t -> head + t + tail)));
    var any = Arbitraries.of("a", "b", "%", "_", "\\", "\uD83D", "\uDE00", "\uD83D\uDE00")
        .list().ofMaxSize(6).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(shaped, any);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.of("a", "b", "%", "_", "\\", "\uD83D", "\uDE00", "é").list().ofMaxSize(6)
        .map(parts -> String.join("", parts));
  }
}
