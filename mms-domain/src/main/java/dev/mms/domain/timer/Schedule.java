package dev.mms.domain.timer;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** When a timer fires, with its MMS wire form: {@code Daily} + {@code HH:MM}, {@code Hourly} + {@code MM}. */
public sealed interface Schedule {

  /** The wire {@code scheduleType}. */
  String type();

  /** The wire {@code value}. */
  String value();

  /** The first firing strictly after {@code after}, in the zone of {@code after}. */
  ZonedDateTime nextAfter(ZonedDateTime after);

  /** Every day at a time of day. */
  record Daily(LocalTime at) implements Schedule {
    public Daily {
      at = at.truncatedTo(ChronoUnit.MINUTES);
    }

    @Override
    public String type() {
      return "Daily";
    }

    @Override
    public String value() {
      return String.format("%02d:%02d", at.getHour(), at.getMinute());
    }

    @Override
    public ZonedDateTime nextAfter(ZonedDateTime after) {
      var candidate = after.with(at).truncatedTo(ChronoUnit.MINUTES);
      return candidate.isAfter(after) ? candidate : candidate.plusDays(1);
    }
  }

  /** Every hour at a minute of the hour. */
  record Hourly(int minute) implements Schedule {
    public Hourly {
      if (minute < 0 || minute > 59) {
        throw new IllegalArgumentException("minute " + minute);
      }
    }

    @Override
    public String type() {
      return "Hourly";
    }

    @Override
    public String value() {
      return String.format("%02d", minute);
    }

    @Override
    public ZonedDateTime nextAfter(ZonedDateTime after) {
      var candidate = after.truncatedTo(ChronoUnit.HOURS).withMinute(minute);
      return candidate.isAfter(after) ? candidate : candidate.plusHours(1);
    }
  }

  /** Reads a wire pair; the type is case-insensitive. */
  static Validation<DomainError, Schedule> of(String type, String value) {
    if (type == null || type.isBlank()) {
      return Validation.invalid(new InvalidValue("scheduleType", "expected Daily or Hourly"));
    }
    var v = value == null ? "" : value.trim();
    if (type.equalsIgnoreCase("Daily")) {
      var m = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(v);
      if (m.matches()) {
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h < 24 && min < 60) {
          return Validation.valid(new Daily(LocalTime.of(h, min)));
        }
      }
      return Validation.invalid(new InvalidValue("value", "a Daily timer needs HH:MM (00:00..23:59), got '" + v + "'"));
    }
    if (type.equalsIgnoreCase("Hourly")) {
      if (v.matches("\\d{1,2}") && Integer.parseInt(v) < 60) {
        return Validation.valid(new Hourly(Integer.parseInt(v)));
      }
      return Validation.invalid(new InvalidValue("value", "an Hourly timer needs the minute MM (00..59), got '" + v + "'"));
    }
    return Validation.invalid(new InvalidValue("scheduleType", "expected Daily or Hourly, got '" + type + "'"));
  }
}
