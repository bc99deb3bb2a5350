package dev.mms.adapter.rest.wire;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The MMS time format, {@code yyyy-MM-dd HH:mm:ss}, in the zone the server is configured with. */
public record WireTime(ZoneId zone) {
  public static final String PATTERN = "yyyy-MM-dd HH:mm:ss";
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);

  public WireTime {
    Objects.requireNonNull(zone, "zone");
  }

  public String format(Instant instant) {
    return FORMAT.format(instant.atZone(zone));
  }

  /** Reads a time a client sent in {@code field}; anything else than the MMS format is refused. */
  public Either<DomainError, Instant> parse(String field, String text) {
    return read(text)
        .toEither(
            () ->
                new InvalidValue(
                    field, "expected a time like " + PATTERN + ", got '" + text + "'"));
  }

  Option<Instant> read(String text) {
    try {
      return Option.some(LocalDateTime.parse(text, FORMAT).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }
}
