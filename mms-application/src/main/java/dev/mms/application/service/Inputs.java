package dev.mms.application.service;

import dev.mms.application.port.in.PageParams;
import dev.mms.application.port.out.DataSourceRepository;
import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.error.ValidationFailed;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.SourceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the raw inputs of commands and queries become typed values, with errors that name the
 * field and list what would have been accepted. Shared by every service.
 */
public final class Inputs {

  private Inputs() {}

  /** Every problem among {@code checks}, reported together; none when all are valid. */
  @SafeVarargs
  public static Option<DomainError> problems(Validation<DomainError, ?>... checks) {
    return problems(Arrays.asList(checks));
  }

  public static Option<DomainError> problems(List<? extends Validation<DomainError, ?>> checks) {
    var errors = new ArrayList<DomainError>();
    checks.forEach(c -> {
      if (c.isInvalid()) {
        errors.add(c.getError());
      }
    });
    return errors.isEmpty() ? Option.none() : Option.some(ValidationFailed.of(errors));
  }

  /** A text filter that was given and is not blank. */
  public static Optional<String> text(Optional<String> raw) {
    return raw.map(String::trim).filter(s -> !s.isEmpty());
  }

  /** An enum constant named by {@code raw}, ignoring case; the error lists the constants. */
  public static <E extends Enum<E>> Validation<DomainError, E> enumValue(
      String field, String raw, Class<E> type) {
    var wanted = raw == null ? "" : raw.trim();
    for (var constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(wanted)) {
        return Validation.valid(constant);
      }
    }
    return Validation.invalid(new InvalidValue(field, "unknown value '" + wanted
        + "', expected one of " + Arrays.toString(type.getEnumConstants())));
  }

  /** An optional enum input: absent or blank means no value. */
  public static <E extends Enum<E>> Validation<DomainError, Optional<E>> optionalEnum(
      String field, Optional<String> raw, Class<E> type) {
    return text(raw)
        .map(r -> enumValue(field, r, type).map(Optional::of))
        .orElseGet(() -> Validation.valid(Optional.empty()));
  }

  /** The page asked for; without {@code pageNum} and {@code pageSize}, page 1 of 10 rows. */
  public static Validation<DomainError, PageRequest> page(PageParams params) {
    return PageRequest.of(params.pageNum().orElse(null), params.pageSize().orElse(null));
  }

  /** As {@link #page}, but without paging parameters every row. */
  public static Validation<DomainError, PageRequest> pageOrAll(PageParams params) {
    return params.pageNum().isEmpty() && params.pageSize().isEmpty()
        ? Validation.valid(PageRequest.ALL)
        : page(params);
  }

  /**
   * The sort keys of a {@code sorter}: each wire field (a key of {@code fields}) with {@code asc}
   * or {@code desc}, in the order given.
   */
  public static <F extends Enum<F>> Validation<DomainError, List<Sort<F>>> sorts(
      Map<String, String> sorter, Map<String, F> fields) {
    var sorts = new ArrayList<Sort<F>>();
    var errors = new ArrayList<DomainError>();
    sorter.forEach((key, direction) -> {
      var field = fields.get(key);
      if (field == null) {
        errors.add(new InvalidValue("sorter." + key,
            "cannot sort by '" + key + "', expected one of " + fields.keySet()));
        return;
      }
      switch (direction.trim().toLowerCase(Locale.ROOT)) {
        case "asc" -> sorts.add(new Sort<>(field, Direction.ASC));
        case "desc" -> sorts.add(new Sort<>(field, Direction.DESC));
        default -> errors.add(new InvalidValue("sorter." + key,
            "expected asc or desc, got '" + direction + "'"));
      }
    });
    return errors.isEmpty()
        ? Validation.valid(List.copyOf(sorts))
        : Validation.invalid(ValidationFailed.of(errors));
  }

  /** The source with id {@code raw}, or {@code NotFound} naming it. */
  public static Either<DomainError, DataSource> source(DataSourceRepository sources, long raw) {
    return SourceId.of("sourceId", raw).toEither()
        .flatMap(id -> sources.findById(id).toEither(() -> NotFound.of("DataSource", raw)));
  }
}
