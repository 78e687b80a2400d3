package org.ctpat4j.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Scalar deserializers of the strict reader: a value of the wrong JSON type ({@code "40"} for a number, {@code 7} for
 * a string, {@code null} for a boolean) goes to the problem handlers instead of being coerced or failing the whole
 * read, so that every such problem is collected. Registered only on the reader's own mapper, never on a caller's.
 */
public final class StrictScalars {

  private StrictScalars() {}

  /**
   * Returns a module with the strict scalar deserializers.
   *
   * @return a new module; never null
   */
  public static SimpleModule module() {
    SimpleModule m = new SimpleModule("ctpat4j-strict-scalars");
    m.addDeserializer(String.class, new Strings());
    m.addDeserializer(Integer.class, new Integers());
    m.addDeserializer(Double.class, new Doubles());
    m.addDeserializer(Boolean.TYPE, new Booleans());
    return m;
  }

  static final class Strings extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Object pool = ctxt.getAttribute(StringPool.KEY);
        return pool instanceof StringPool
            ? ((StringPool) pool).of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
            : p.getText();
      }
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
  }

  static final class Integers extends JsonDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        try {
          return p.getIntValue();
        } catch (InputCoercionException e) {
          return (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "out of range");
        }
      }
      return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
    }
  }

  static final class Doubles extends JsonDeserializer<Double> {
    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        Object pool = ctxt.getAttribute(StringPool.KEY);
        if (pool instanceof StringPool shared) {
          // not a conditional expression: "pool ? Double : double" unboxes the pool's Double and boxes it again
          return shared.number(p);
        }
        return p.getDoubleValue();
      }
      return (Double) ctxt.handleUnexpectedToken(Double.class, p);
    }
  }

  static final class Booleans extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        return t == JsonToken.VALUE_TRUE;
      }
      Object v = ctxt.handleUnexpectedToken(Boolean.TYPE, p);
      return v instanceof Boolean ? (Boolean) v : Boolean.FALSE;
    }

    /** An absent boolean reads as {@code false}. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return Boolean.FALSE;
    }

    /** An explicit {@code null} is a wrong type: a boolean of the format is {@code true} or {@code false}. */
    @Override
    public Boolean getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      try {
        Object v = ctxt.handleUnexpectedToken(Boolean.TYPE, ctxt.getParser());
        return v instanceof Boolean ? (Boolean) v : Boolean.FALSE;
      } catch (JsonMappingException e) {
        throw e;
      } catch (IOException e) {
        throw JsonMappingException.from(ctxt, "cannot read a boolean", e);
      }
    }
  }
}
