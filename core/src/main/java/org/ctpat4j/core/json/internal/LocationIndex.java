package org.ctpat4j.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON Pointer: the first pass of the reader records it so that
 * problems found later (by binding or by the validator) can name a line and column.
 */
public final class LocationIndex {

  private final Map<String, long[]> locations = new HashMap<>();

  /** Creates an empty index. */
  public LocationIndex() {}

  /**
   * Returns the JSON Pointer of the value the parser is at (for a field name, of the field's value).
   *
   * @param p the parser; never null
   * @return the pointer, {@code ""} for the root
   */
  public static String pointer(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    } else if ((t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return ctx.pathAsPointer().toString();
  }

  /**
   * Records the location of the current token if it starts a value or is a field name. Only the first location of a
   * pointer is kept.
   *
   * @param p the parser, at the token; never null
   */
  public void record(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
      return;
    }
    JsonStreamContext ctx = p.getParsingContext();
    if (t != JsonToken.FIELD_NAME) {
      JsonStreamContext owner =
          (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) ? ctx.getParent() : ctx;
      if (owner != null && owner.inObject()) {
        return; // the field name already recorded this value's location
      }
    }
    JsonLocation loc = p.currentTokenLocation();
    locations.putIfAbsent(pointer(p), new long[] {loc.getLineNr(), loc.getColumnNr()});
  }

  /**
   * Returns the location of a pointer, or of its nearest ancestor that has one (a missing field is located at its
   * enclosing object).
   *
   * @param pointer the JSON Pointer; never null
   * @return {@code {line, column}}, or {@code {-1, -1}} when nothing is known
   */
  public int[] locate(String pointer) {
    String p = pointer;
    while (true) {
      long[] loc = locations.get(p);
      if (loc != null) {
        return new int[] {(int) loc[0], (int) loc[1]};
      }
      if (p.isEmpty()) {
        return new int[] {-1, -1};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
