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

  private final Map<String, long[]> names = new HashMap<>();
  private final Map<String, long[]> values = new HashMap<>();

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
    JsonLocation loc = p.currentTokenLocation();
    long[] where = {loc.getLineNr(), loc.getColumnNr()};
    (t == JsonToken.FIELD_NAME ? names : values).putIfAbsent(pointer(p), where);
  }

  /**
   * Returns the location of a value, or of its field name when {@code preferName} is set; for a pointer the document
   * does not have (a missing field), the location of its nearest ancestor, the enclosing object.
   *
   * @param pointer the JSON Pointer; never null
   * @param preferName whether the field name's location is wanted (for an unknown field) rather than the value's
   * @return {@code {line, column}}, or {@code {-1, -1}} when nothing is known
   */
  public int[] locate(String pointer, boolean preferName) {
    String p = pointer;
    while (true) {
      long[] loc = preferName ? names.getOrDefault(p, values.get(p)) : values.getOrDefault(p, names.get(p));
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
