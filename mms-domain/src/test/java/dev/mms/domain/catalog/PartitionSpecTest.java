package dev.mms.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.InvalidValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
