package dev.mms.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.domain.error.InvalidValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionSpecTest {

  @Property(tries = 500)
  void parse_reads_back_what_render_wrote(@ForAll("specs") PartitionSpec spec) {
    var parsed = PartitionSpec.parse(spec.render());

    assertThat(parsed.get()).isEqualTo(spec);
  }

  @Property(tries = 300)
  void parse_reads_back_any_java_string_value(@ForAll("anyChars") String value) {
    var spec = PartitionSpec.of("ds", value);

    var parsed = PartitionSpec.parse(spec.render());

    assertThat(parsed.get()).isEqualTo(spec);
  }

  @Property(tries = 500)
  void a_spec_gives_back_the_entries_it_was_made_of(
      @ForAll("entryLists") List<PartitionSpec.Entry> entries) {
    var spec = new PartitionSpec(entries);

    assertThat(spec.entries()).isEqualTo(entries);
    assertThat(spec.size()).isEqualTo(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      assertThat(spec.key(i)).isEqualTo(entries.get(i).key());
      assertThat(spec.value(i)).isEqualTo(entries.get(i).value());
      assertThat(spec.valueLength(i)).isEqualTo(entries.get(i).value().length());
    }
  }

  @Property(tries = 500)
  void specs_are_equal_exactly_when_their_entries_are(
      @ForAll("entryLists") List<PartitionSpec.Entry> a,
      @ForAll("entryLists") List<PartitionSpec.Entry> b) {
    var x = new PartitionSpec(a);
    var y = new PartitionSpec(b);

    assertThat(x.equals(y)).isEqualTo(a.equals(b));
    assertThat(x.equals(new PartitionSpec(a))).isTrue();
    assertThat(x.hashCode()).isEqualTo(new PartitionSpec(a).hashCode());
  }

  @Property(tries = 1000)
  void keys_are_found_as_equalsIgnoreCase_finds_them(
      @ForAll("caseSpecs") PartitionSpec spec, @ForAll("caseKeys") String key) {
    var found = spec.entries().stream().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();

    for (int i = -1; i <= spec.size(); i++) {
      boolean holds = i >= 0 && i < spec.size() && spec.key(i).equalsIgnoreCase(key);
      assertThat(spec.hasKeyAt(i, key)).as("%s at %d of %s", key, i, spec).isEqualTo(holds);
    }
    assertThat(spec.indexOf(key) >= 0 ? Optional.of(spec.entries().get(spec.indexOf(key)))
        : Optional.empty()).isEqualTo(found);
    assertThat(spec.value(key)).isEqualTo(found.map(PartitionSpec.Entry::value));
  }

  @Property(tries = 1000)
  void specs_have_the_same_keys_when_their_keys_are_equal_in_order_and_case(
      @ForAll("caseSpecs") PartitionSpec a, @ForAll("caseSpecs") PartitionSpec b) {
    var otherValues = new PartitionSpec(a.entries().stream()
        .map(e -> new PartitionSpec.Entry(e.key(), e.value() + "/x")).toList());

    assertThat(a.hasSameKeys(b)).as("%s and %s", a, b).isEqualTo(keys(a).equals(keys(b)));
    assertThat(a.hasSameKeys(otherValues)).isTrue();
  }

  private static List<String> keys(PartitionSpec spec) {
    return spec.entries().stream().map(PartitionSpec.Entry::key).toList();
  }

  @Property(tries = 1000)
  void a_value_compares_and_matches_text_as_its_string_does(
      @ForAll("specs") PartitionSpec spec, @ForAll("comparedTexts") String text) {
    for (int i = 0; i < spec.size(); i++) {
      var value = spec.value(i);
      assertThat(Integer.signum(spec.compareValue(i, text))).as("%s against %s", value, text)
          .isEqualTo(Integer.signum(value.compareTo(text)));
      assertThat(spec.valueEquals(i, text)).isEqualTo(value.equals(text));
      for (int at = -1; at <= value.length() + 1; at++) {
        assertThat(spec.valueRegionMatches(i, at, text)).as("%s at %d in %s", text, at, value)
            .isEqualTo(value.startsWith(text, at));
      }
      for (int at = 0; at < value.length(); at++) {
        assertThat(spec.valueCharAt(i, at)).isEqualTo(value.charAt(at));
      }
    }
  }

  @Property(tries = 1000)
  void entry_order_compares_key_by_key_then_value_by_value(
      @ForAll("specs") PartitionSpec a, @ForAll("specs") PartitionSpec b) {
    // Specs of one table have the same keys: c has a's keys and b's values.
    var c = new PartitionSpec(a.entries().stream()
        .map(e -> new PartitionSpec.Entry(e.key(),
            b.value(Math.min(keys(a).indexOf(e.key()), b.size() - 1))))
        .toList());

    for (var pair : List.of(List.of(a, b), List.of(a, c), List.of(c, a), List.of(a, a))) {
      var x = pair.get(0);
      var y = pair.get(1);
      assertThat(Integer.signum(PartitionSpec.ENTRY_ORDER.compare(x, y))).as("%s against %s", x, y)
          .isEqualTo(Integer.signum(entryByEntry(x, y)));
    }
  }

  /** The order ENTRY_ORDER promises, on the entries as strings. */
  private static int entryByEntry(PartitionSpec a, PartitionSpec b) {
    var x = a.entries();
    var y = b.entries();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = x.get(i).key().compareTo(y.get(i).key());
      if (c == 0) {
        c = x.get(i).value().compareTo(y.get(i).value());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  @Test
  void reading_past_the_entries_or_a_value_is_refused() {
    var spec = PartitionSpec.of("ds", "20250204", "hr", "07");

    assertThatThrownBy(() -> spec.value(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> spec.key(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> spec.compareValue(2, "07"))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> spec.valueCharAt(1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> spec.valueCharAt(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_spec_longer_than_a_char_can_count_keeps_its_values() {
    var longValue = "v".repeat(70_000);
    var spec = PartitionSpec.of("a", longValue, "b", "after");

    assertThat(spec.value(0)).isEqualTo(longValue);
    assertThat(spec.value("b")).contains("after");
    assertThat(PartitionSpec.parse(spec.render()).get()).isEqualTo(spec);
  }

  @Provide
  Arbitrary<List<PartitionSpec.Entry>> entryLists() {
    return specs().map(PartitionSpec::entries);
  }

  /** Specs whose keys differ, if at all, in case, including letters that fold beyond ASCII. */
  @Provide
  Arbitrary<PartitionSpec> caseSpecs() {
    return caseKeys().list().ofMinSize(1).ofMaxSize(4)
        .filter(PartitionSpecTest::uniqueIgnoringCase)
        .map(ks -> {
          var entries = new ArrayList<PartitionSpec.Entry>();
          for (int i = 0; i < ks.size(); i++) {
            entries.add(new PartitionSpec.Entry(ks.get(i), Integer.toString(i)));
          }
          return new PartitionSpec(entries);
        });
  }

  /** Keys of letters with case pairs in and beyond ASCII: the Kelvin sign, dotless i, Deseret. */
  @Provide
  Arbitrary<String> caseKeys() {
    return Arbitraries.of("k", "K", "\u212A", "i", "I", "\u0131", "\u0130", "s", "S", "\u017F",
            "\u00DF", "\uD801\uDC00", "\uD801\uDC28", "p1", "P1", "_", "@", "`", "[")
        .list().ofMinSize(1).ofMaxSize(3).map(ps -> String.join("", ps));
  }

  /** Texts near the values of {@link #specs()}: the same pieces, cut or extended. */
  @Provide
  Arbitrary<String> comparedTexts() {
    return Arbitraries.oneOf(text(), Combinators.combine(text(), text()).as(String::concat),
        specs().map(s -> s.value(0)),
        specs().map(s -> s.value(0)).map(v -> v.isEmpty() ? v : v.substring(0, v.length() / 2)));
  }

  @Provide
  Arbitrary<PartitionSpec> specs() {
    var keys = text().filter(k -> !k.isBlank());
    return keys.list().ofMinSize(1).ofMaxSize(4)
        .filter(PartitionSpecTest::uniqueIgnoringCase)
        .flatMap(ks -> text().list().ofSize(ks.size()).map(vs -> {
          var entries = new ArrayList<PartitionSpec.Entry>();
          for (int i = 0; i < ks.size(); i++) {
            entries.add(new PartitionSpec.Entry(ks.get(i), vs.get(i)));
          }
          return new PartitionSpec(entries);
        }));
  }

  /** Any UTF-16 text, lone surrogates included, with percent signs mixed in. */
  @Provide
  Arbitrary<String> anyChars() {
    var pieces = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(3), Arbitraries.of("%", "%41", "%E4"));
    return pieces.list().ofMaxSize(6).map(ps -> String.join("", ps));
  }

  /** Text built from pieces that stress the escaping: separators, escapes, unicode, blanks. */
  private static Arbitrary<String> text() {
    var pieces = Arbitraries.oneOf(
        Arbitraries.of("/", "=", "%", "%2F", "%25", "%3D", "%%", "%z", " ", "é", "分区", "😀", "\t"),
        Arbitraries.strings().alpha().numeric().ofMaxLength(4));
    return pieces.list().ofMaxSize(5).map(ps -> String.join("", ps));
  }

  private static boolean uniqueIgnoringCase(List<String> keys) {
    var seen = new HashSet<String>();
    return keys.stream().allMatch(k -> seen.add(k.toLowerCase(Locale.ROOT)));
  }

  @Test
  void renders_keys_and_values_with_slashes_between_pairs() {
    var spec = PartitionSpec.of("ds", "20250204", "region", "cn-shanghai");

    assertThat(spec.render()).isEqualTo("ds=20250204/region=cn-shanghai");
  }

  @Test
  void escapes_separators_inside_values() {
    var spec = PartitionSpec.of("path", "a/b=c%d");

    assertThat(spec.render()).isEqualTo("path=a%2Fb%3Dc%25d");
  }

  @Test
  void an_empty_value_is_kept() {
    var spec = PartitionSpec.parse("ds=").get();

    assertThat(spec.value("ds")).contains("");
  }

  @Test
  void a_value_splits_at_the_first_equals_sign() {
    var spec = PartitionSpec.parse("expr=a=b").get();

    assertThat(spec.value("EXPR")).contains("a=b");
  }

  @Test
  void percent_escapes_of_utf8_bytes_decode_to_unicode() {
    var spec = PartitionSpec.parse("city=%E4%B8%8A%E6%B5%B7").get();

    assertThat(spec.value("city")).contains("上海");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "   ", "ds", "=1", "ds=1/", "/ds=1", "ds=1//hh=2", "ds=1/DS=2", "%20=1"})
  void malformed_text_is_refused_naming_the_partition_field(String text) {
    var parsed = PartitionSpec.parse(text);

    assertThat(parsed.getLeft()).isInstanceOfSatisfying(InvalidValue.class,
        e -> assertThat(e.field()).isEqualTo("partition"));
  }

  @Test
  void a_lone_surrogate_beside_a_percent_sign_survives_the_round_trip() {
    var spec = PartitionSpec.of("ds", "%\uD800x");

    var parsed = PartitionSpec.parse(spec.render());

    assertThat(parsed.get()).isEqualTo(spec);
  }

  @Test
  void null_text_is_refused() {
    assertThat(PartitionSpec.parse(null).isLeft()).isTrue();
  }
}
