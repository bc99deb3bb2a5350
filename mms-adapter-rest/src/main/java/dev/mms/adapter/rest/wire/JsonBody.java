package dev.mms.adapter.rest.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a JSON request body into a DTO. Every way a body can be wrong (not JSON, a wrong JSON type,
 * an unknown field, an unknown enum value) becomes an {@link InvalidValue} that names the field by
 * its JSON path, e.g. {@code config.tables[1]}, so that the client gets a 400 it can act on.
 */
public final class JsonBody {
  private static final String BODY = "body";

  private final ObjectMapper mapper;

  public JsonBody(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** A body the operation requires; an empty one is a {@link MissingValue}. */
  public <T> Either<DomainError, T> read(byte[] body, Class<T> type) {
    return body.length == 0 ? Either.left(new MissingValue(BODY)) : decode(body, type);
  }

  /** A body the operation may go without (CreateMmsFetchMetadataJob); empty means none. */
  public <T> Either<DomainError, Optional<T>> readOptional(byte[] body, Class<T> type) {
    return body.length == 0 ? Either.right(Optional.empty()) : decode(body, type).map(Optional::of);
  }

  private <T> Either<DomainError, T> decode(byte[] body, Class<T> type) {
    try {
      var value = mapper.readValue(body, type);
      return value == null
          ? Either.left(new InvalidValue(BODY, "must be a JSON object, got null"))
          : Either.right(value);
    } catch (StreamReadException e) {
      return Either.left(new InvalidValue(BODY, "malformed JSON" + at(e.getLocation())));
    } catch (JsonMappingException e) {
      return Either.left(problem(e));
    } catch (IOException e) {
      throw new IllegalStateException("reading a byte array cannot fail", e);
    }
  }

  private static DomainError problem(JsonMappingException e) {
    var field = path(e);
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new InvalidValue(
          field,
          "is not a field of this request; known fields are " + unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidNullException) {
      return new InvalidValue(field, "must not be null");
    }
    if (e instanceof InvalidFormatException format) {
      var given =
          format.getValue() instanceof String text
              ? "'" + text + "'"
              : String.valueOf(format.getValue());
      return new InvalidValue(field, expectation(format.getTargetType()) + ", got " + given);
    }
    if (e instanceof MismatchedInputException mismatch) {
      return new InvalidValue(field, expectation(mismatch.getTargetType()));
    }
    return new InvalidValue(field, "is not valid");
  }

  private static String path(JsonMappingException e) {
    var path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? BODY : path.toString();
  }

  private static String expectation(Class<?> type) {
    if (type == null) {
      return "has the wrong JSON type";
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be a string";
    }
    if (type == Long.class || type == long.class) {
      return "must be an int64 number";
    }
    if (type == Integer.class || type == int.class) {
      return "must be an int32 number";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "must be a number";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "must be a JSON array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "must be a JSON object";
    }
    return "must be a valid " + type.getSimpleName();
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
