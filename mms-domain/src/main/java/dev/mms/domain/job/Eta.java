package dev.mms.domain.job;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The expected completion date of a job; an earlier eta is scheduled first. */
public record Eta(LocalDate date) implements Comparable<Eta> {
  public Eta {
    Objects.requireNonNull(date, "date");
  }

  /** Reads {@code yyyy-MM-dd}, or the date part of {@code yyyy-MM-dd HH:mm:ss}. */
  public static Validation<DomainError, Eta> of(String raw) {
    var text = raw == null ? "" : raw.trim();
    if (text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')) {
      text = text.substring(0, 10);
    }
    try {
      return Validation.valid(new Eta(LocalDate.parse(text)));
    } catch (DateTimeParseException e) {
      return Validation.invalid(new InvalidValue("eta", "expected a date like 2025-02-04, got '" + raw + "'"));
    }
  }

  @Override
  public int compareTo(Eta other) {
    return date.compareTo(other.date);
  }

  @Override
  public String toString() {
    return date.toString();
  }
}
