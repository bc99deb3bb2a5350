package dev.mms.adapter.rest.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one {@link ObjectMapper} of the adapter. Decisions, each for a reason:
 *
 * <ul>
 *   <li>Unknown properties in a request body are refused (400 naming the field). The SDKs send only
 *       the fields of their request models, so an unknown key is a typo in a hand-written call, and
 *       silently ignoring e.g. a misspelt {@code tableBlackList} would migrate tables the user
 *       meant to exclude (docs/adr/004-unknown-request-fields.md).
 *   <li>Scalars are not coerced: {@code "12"} is not an id and {@code "true"} is not a boolean; a
 *       wrong JSON type is a 400, never a guess. Duplicate keys and trailing tokens are refused.
 *   <li>Nulls are omitted from responses: the SDK clients read a missing key as null, so the bodies
 *       stay as small as MMS's; empty lists and maps are kept.
 *   <li>{@link Instant}s are written and read as {@code yyyy-MM-dd HH:mm:ss} in the configured
 *       zone, the MMS time format; map entries are written sorted by key so a response does not
 *       depend on hash order. Decimals are read exactly ({@code 1.50} stays {@code 1.50}, as a
 *       config value must) and written plain, never in exponent form.
 * </ul>
 */
public final class JsonMapperFactory {
  private JsonMapperFactory() {}

  public static ObjectMapper create(ZoneId zone) {
    var time = new WireTime(zone);
    var times =
        new SimpleModule("mms-times")
            .addSerializer(Instant.class, new InstantSerializer(time))
            .addDeserializer(Instant.class, new InstantDeserializer(time));
    var mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(times)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  private static final class InstantSerializer extends StdScalarSerializer<Instant> {
    private final transient WireTime time;

    InstantSerializer(WireTime time) {
      super(Instant.class);
      this.time = time;
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(time.format(value));
    }
  }

  private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
    private final transient WireTime time;

    InstantDeserializer(WireTime time) {
      super(Instant.class);
      this.time = time;
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      var text = p.getText();
      var parsed = time.read(text);
      return parsed.isDefined()
          ? parsed.get()
          : (Instant)
              ctxt.handleWeirdStringValue(
                  Instant.class, text, "expected a time like " + WireTime.PATTERN);
    }
  }
}
