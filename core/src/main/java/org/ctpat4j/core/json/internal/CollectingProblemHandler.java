package org.ctpat4j.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.internal.Texts;

/**
 * Records binding problems (unknown fields, unknown enum values, wrong types, bad dates) with their JSON Pointer and
 * lets binding go on with a {@code null} (or the primitive default) in place of the bad value, so that one pass finds
 * every problem. One instance per read; not thread-safe.
 */
public final class CollectingProblemHandler extends DeserializationProblemHandler {

  private final boolean lenient;
  private final int limit;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Creates a handler.
   *
   * @param lenient whether unknown fields are ignored instead of reported
   * @param maxProblems how many problems to keep; one more is kept so the caller can tell the limit was passed
   */
  public CollectingProblemHandler(boolean lenient, int maxProblems) {
    this.lenient = lenient;
    this.limit = maxProblems + 1;
  }

  /**
   * Returns the problems recorded so far, in the order met.
   *
   * @return the live list; never null
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether no more problems are kept: the costly messages (suggestions, pointers) are then not built. */
  private boolean full() {
    return problems.size() >= limit;
  }

  private void add(String path, ProblemCode code, String message) {
    if (problems.size() < limit) {
      problems.add(new Problem(path, code, message));
    }
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer, Object beanOrClass, String name)
      throws IOException {
    if (!lenient && !full()) {
      Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
      String suggestion = Texts.suggest(name, known);
      add(
          LocationIndex.pointer(p),
          ProblemCode.UNKNOWN_FIELD,
          "unknown field "
              + Texts.quote(name)
              + (suggestion == null ? "" : "; did you mean " + Texts.quote(suggestion) + "?")
              + (known.isEmpty() ? "" : " (known fields: " + Texts.list(known) + ")"));
    }
    p.skipChildren();
    return true;
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
    String path = LocationIndex.pointer(ctxt.getParser());
    if (targetType.isEnum()) {
      add(
          path,
          ProblemCode.UNKNOWN_VALUE,
          "unknown value " + Texts.quote(value) + "; expected one of: " + enumNames(targetType));
    } else if (targetType == LocalDate.class) {
      add(path, ProblemCode.INVALID_VALUE, Texts.quote(value) + " is not a date of the form YYYY-MM-DD");
    } else {
      add(path, ProblemCode.WRONG_TYPE, "expected " + describe(targetType) + ", found the string " + Texts.quote(value));
    }
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
    add(
        LocationIndex.pointer(ctxt.getParser()),
        ProblemCode.WRONG_TYPE,
        "expected " + describe(targetType) + ", found the number " + value);
    return defaultValue(targetType);
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
      throws IOException {
    add(
        LocationIndex.pointer(p),
        ProblemCode.WRONG_TYPE,
        "expected " + describe(targetType.getRawClass()) + ", found " + describe(t));
    p.skipChildren();
    return defaultValue(targetType.getRawClass());
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta, JsonParser p, String msg)
      throws IOException {
    add(
        LocationIndex.pointer(p),
        ProblemCode.WRONG_TYPE,
        "expected " + describe(instClass) + ", found " + describe(p.currentToken()));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleInstantiationProblem(
      DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
    add(
        LocationIndex.pointer(ctxt.getParser()),
        ProblemCode.INVALID_VALUE,
        "cannot create " + describe(instClass) + ": " + Texts.quote(t.getMessage()));
    return null;
  }

  @Override
  public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue, String failureMsg) {
    add(
        LocationIndex.pointer(ctxt.getParser()),
        ProblemCode.INVALID_VALUE,
        "invalid key " + Texts.quote(keyValue));
    return null;
  }

  private static String enumNames(Class<?> type) {
    return String.join(
        ", ", Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toArray(String[]::new));
  }

  private static Object defaultValue(Class<?> type) {
    if (type == boolean.class) {
      return Boolean.FALSE;
    } else if (type == int.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == double.class) {
      return 0.0d;
    }
    return null;
  }

  /**
   * Describes what a Java type expects in JSON, for messages.
   *
   * @param type the type
   * @return for example "an integer"
   */
  static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    } else if (type == Double.class || type == double.class || Number.class.isAssignableFrom(type)) {
      return "a number";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (type == LocalDate.class) {
      return "a date string YYYY-MM-DD";
    } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    } else if (type.isEnum()) {
      return "one of: " + enumNames(type);
    } else if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a value of type " + type.getSimpleName();
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }
}
