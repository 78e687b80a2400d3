package org.ctpat4j.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Dates of the dossier format: strings {@code YYYY-MM-DD} (ISO 8601 calendar dates, four-digit years), whatever the
 * mapper's own date settings. A bad date goes to the context's problem handlers, so a collecting reader records it and
 * goes on, and a plain mapper fails with Jackson's {@code InvalidFormatException}.
 */
public final class DateCodec {

  private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private DateCodec() {}

  /**
   * Parses a date of the format.
   *
   * @param text the text; never null
   * @return the date, or {@code null} when the text is not a valid {@code YYYY-MM-DD} date
   */
  public static LocalDate parse(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Writes a date as {@code YYYY-MM-DD}. */
  public static final class Serializer extends JsonSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }

    @Override
    public Class<LocalDate> handledType() {
      return LocalDate.class;
    }
  }

  /** Reads a date from {@code YYYY-MM-DD}. */
  public static final class Deserializer extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        LocalDate date = parse(text);
        if (date != null) {
          return date;
        }
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "expected a date YYYY-MM-DD");
      }
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }

    @Override
    public Class<?> handledType() {
      return LocalDate.class;
    }
  }
}
