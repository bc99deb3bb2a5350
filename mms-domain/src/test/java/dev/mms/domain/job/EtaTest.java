package dev.mms.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.InvalidValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EtaTest {

  @Test
  void reads_a_date() {
    var eta = Eta.of("2025-02-04");

    assertThat(eta.get()).isEqualTo(new Eta(LocalDate.of(2025, 2, 4)));
  }

  @Test
  void reads_the_date_part_of_a_date_time() {
    assertThat(Eta.of("2025-02-04 18:30:00").get().date()).isEqualTo(LocalDate.of(2025, 2, 4));
    assertThat(Eta.of("2025-02-04T18:30:00").get().date()).isEqualTo(LocalDate.of(2025, 2, 4));
  }

  @Test
  void ignores_surrounding_blanks() {
    assertThat(Eta.of("  2025-02-04 ").get().date()).isEqualTo(LocalDate.of(2025, 2, 4));
  }

  @Test
  void an_impossible_date_names_the_eta_field() {
    var eta = Eta.of("2025-02-30");

    assertThat(eta.getError()).isInstanceOfSatisfying(InvalidValue.class, e -> {
      assertThat(e.field()).isEqualTo("eta");
      assertThat(e.reason()).contains("'2025-02-30'");
    });
  }

  @Test
  void text_after_the_date_is_refused() {
    assertThat(Eta.of("2025-02-04x").isInvalid()).isTrue();
  }

  @Test
  void a_missing_eta_is_refused() {
    assertThat(Eta.of(null).isInvalid()).isTrue();
    assertThat(Eta.of("").isInvalid()).isTrue();
  }

  @Test
  void an_earlier_eta_sorts_first() {
    var earlier = Eta.of("2025-01-31").get();
    var later = Eta.of("2025-02-01").get();

    assertThat(earlier).isLessThan(later);
  }

  @Test
  void prints_as_iso_date() {
    assertThat(Eta.of("2025-02-04 00:00:00").get()).hasToString("2025-02-04");
  }
}
