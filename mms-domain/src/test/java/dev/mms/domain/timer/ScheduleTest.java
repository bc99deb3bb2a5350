package dev.mms.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.InvalidValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

  @Property(tries = 300)
  void a_daily_timer_fires_within_a_day_at_its_minute(
      @ForAll("times") ZonedDateTime after,
      @ForAll @IntRange(max = 23) int hour, @ForAll @IntRange(max = 59) int minute) {
    var daily = new Schedule.Daily(LocalTime.of(hour, minute));

    var next = daily.nextAfter(after);

    assertThat(next).isAfter(after);
    assertThat(Duration.between(after, next)).isLessThanOrEqualTo(Duration.ofDays(1));
    assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(hour, minute));
    assertThat(next.getZone()).isEqualTo(after.getZone());
  }

  @Property(tries = 300)
  void an_hourly_timer_fires_within_an_hour_at_its_minute(
      @ForAll("times") ZonedDateTime after, @ForAll @IntRange(max = 59) int minute) {
    var hourly = new Schedule.Hourly(minute);

    var next = hourly.nextAfter(after);

    assertThat(next).isAfter(after);
    assertThat(Duration.between(after, next)).isLessThanOrEqualTo(Duration.ofHours(1));
    assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(next.getHour(), minute));
  }

  @Property(tries = 200)
  void of_reads_back_type_and_value(@ForAll("schedules") Schedule schedule) {
    var read = Schedule.of(schedule.type(), schedule.value());

    assertThat(read.get()).isEqualTo(schedule);
  }

  /** Instants from 2000 to 2040, to the nanosecond, in fixed offsets from -12:00 to +14:00. */
  @Provide
  Arbitrary<ZonedDateTime> times() {
    var instants = Combinators.combine(
            Arbitraries.longs().between(946_684_800L, 2_208_988_800L),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
    var offsets = Arbitraries.integers().between(-12 * 4, 14 * 4)
        .map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 15 * 60));
    return Combinators.combine(instants, offsets).as(ZonedDateTime::ofInstant);
  }

  @Provide
  Arbitrary<Schedule> schedules() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
            .as((h, m) -> new Schedule.Daily(LocalTime.of(h, m))),
        Arbitraries.integers().between(0, 59).map(Schedule.Hourly::new));
  }

  @Test
  void a_daily_timer_fires_later_the_same_day_when_its_time_is_ahead() {
    var after = ZonedDateTime.of(2025, 2, 4, 6, 59, 59, 0, ZoneOffset.UTC);

    var next = new Schedule.Daily(LocalTime.of(7, 0)).nextAfter(after);

    assertThat(next).isEqualTo(ZonedDateTime.of(2025, 2, 4, 7, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void a_daily_timer_due_exactly_now_fires_tomorrow() {
    var after = ZonedDateTime.of(2025, 2, 4, 7, 0, 0, 0, ZoneOffset.UTC);

    var next = new Schedule.Daily(LocalTime.of(7, 0)).nextAfter(after);

    assertThat(next).isEqualTo(after.plusDays(1));
  }

  @Test
  void a_daily_timer_keeps_its_local_time_across_the_autumn_clock_change() {
    var berlin = ZoneId.of("Europe/Berlin");
    var after = ZonedDateTime.of(LocalDateTime.of(2025, 10, 25, 3, 0), berlin);

    var next = new Schedule.Daily(LocalTime.of(3, 0)).nextAfter(after);

    assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 10, 26, 3, 0));
    assertThat(Duration.between(after, next)).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void a_daily_time_skipped_by_the_spring_clock_change_still_fires_that_day() {
    var berlin = ZoneId.of("Europe/Berlin");
    var after = ZonedDateTime.of(LocalDateTime.of(2025, 3, 29, 12, 0), berlin);

    var next = new Schedule.Daily(LocalTime.of(2, 30)).nextAfter(after);

    assertThat(next.toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 30));
    assertThat(next).isAfter(ZonedDateTime.of(LocalDateTime.of(2025, 3, 30, 3, 0), berlin).minusNanos(1));
  }

  @Test
  void an_hourly_timer_fires_at_its_minute_of_the_next_hour() {
    var after = ZonedDateTime.of(2025, 2, 4, 10, 15, 0, 0, ZoneOffset.UTC);

    var next = new Schedule.Hourly(15).nextAfter(after);

    assertThat(next).isEqualTo(ZonedDateTime.of(2025, 2, 4, 11, 15, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void wire_values_are_zero_padded() {
    assertThat(new Schedule.Daily(LocalTime.of(7, 5)).value()).isEqualTo("07:05");
    assertThat(new Schedule.Hourly(5).value()).isEqualTo("05");
  }

  @Test
  void the_type_is_read_ignoring_case_and_the_value_ignoring_blanks() {
    assertThat(Schedule.of("daily", " 7:05 ").get())
        .isEqualTo(new Schedule.Daily(LocalTime.of(7, 5)));
    assertThat(Schedule.of("HOURLY", "5").get()).isEqualTo(new Schedule.Hourly(5));
  }

  @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
  @CsvSource(nullValues = "null", value = {
      "Daily, 24:00, value",
      "Daily, 12:60, value",
      "Daily, 7, value",
      "Daily, 07:5, value",
      "Daily, '', value",
      "Daily, null, value",
      "Hourly, 60, value",
      "Hourly, -1, value",
      "Hourly, 123, value",
      "Hourly, 07:00, value",
      "Hourly, '', value",
      "Weekly, 1, scheduleType",
      "'', 1, scheduleType",
      "null, 1, scheduleType"})
  void a_bad_value_names_the_field(String type, String value, String field) {
    var read = Schedule.of(type, value);

    assertThat(read.getError()).isInstanceOfSatisfying(InvalidValue.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}
